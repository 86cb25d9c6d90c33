import Foundation
import LREngine

extension DataConfig {
    /// Where the examples come from; nil for a csv source without a path or an idx source
    /// without its files (refused when the data loads). A synthetic source passes every setting its key table gave it: the
    /// generators keep no defaults of their own.
    package var dataSource: DataSource? {
        if source == .csv {
            // Errors name the path resolved against the experiment file, which opens from anywhere.
            guard let path, let target else { return nil }
            var options = csv ?? CSVOptions()
            options.targetColumn = target
            return .csv(url: URL(fileURLWithPath: path), displayPath: path, options: options)
        }
        if source == .idx {
            guard let idx else { return nil }
            return .idx(IDXLoader.Files(
                images: URL(fileURLWithPath: idx.images), imagesDisplay: idx.images,
                labels: URL(fileURLWithPath: idx.labels), labelsDisplay: idx.labels, scale: idx.scale))
        }
        if let builtin = source.builtin { return .builtin(builtin) }
        guard let samples, let noise else { return nil }
        return .synthetic(
            name: source.rawValue, samples: samples, features: features, classes: classes, noise: noise, buyRate: buyRate)
    }
}
