import Foundation
import LREngine

extension DataConfig {
    /// Where the examples come from; nil for a csv source without a path (refused when the
    /// file loads). A synthetic source passes every setting its key table gave it: the
    /// generators keep no defaults of their own.
    var dataSource: DataSource? {
        if source == .csv {
            // Errors name the path resolved against the experiment file, which opens from anywhere.
            guard let path, let target else { return nil }
            return .csv(url: URL(fileURLWithPath: path), displayPath: path, options: CSVOptions(targetColumn: target))
        }
        if let builtin = source.builtin { return .builtin(builtin) }
        guard let samples, let noise else { return nil }
        return .synthetic(
            name: source.rawValue, samples: samples, features: features, classes: classes, noise: noise, buyRate: buyRate)
    }
}
