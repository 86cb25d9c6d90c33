import Foundation
import LREngine

/// Where a trial's examples come from: one of the three families `data.source` names.
package enum DataSource: Sendable, Equatable {
    /// A seeded generator (`Synthetic.names`); nil `features`/`classes`: the generator's fixed
    /// shape; `buyRate`: `purchases`' share of buyers (nil: its model as it is).
    case synthetic(name: String, samples: Int, features: Int?, classes: Int?, noise: Double, buyRate: Double? = nil)
    /// A bundled real dataset.
    case builtin(BuiltinDataset)
    /// A user's CSV file; errors name it `displayPath` (the path as the experiment wrote it).
    case csv(url: URL, displayPath: String, options: CSVOptions)
    /// An IDX pair of images and labels (the MNIST format).
    case idx(IDXLoader.Files)

    /// The shape `prepare` would load or generate, with the same errors: a synthetic source's
    /// settings are checked without generating anything; a file is read and parsed (its
    /// contents are needed to know its shape). With categorical CSV columns the features
    /// counted are every category of the file, an upper bound of the training part's.
    package func shape() throws -> DatasetShape {
        switch self {
        case .synthetic(let name, let samples, let features, let classes, let noise, let buyRate):
            return try Synthetic.shape(
                name, samples: samples, features: features, classes: classes, noise: noise, buyRate: buyRate)
        case .builtin(let source):
            return try source.load().dataset.shape
        case .csv(let url, let displayPath, let options):
            let loaded = try CSVLoader.load(contentsOf: url, displayPath: displayPath, options: options)
            var shape = loaded.dataset.shape
            shape.features += loaded.categorical.reduce(0) { $0 + $1.categories.count - 1 }
            return shape
        case .idx(let files):
            return try IDXLoader.load(files).dataset.shape
        }
    }

    /// Loads or generates the dataset, then splits it, one-hot encodes its categorical
    /// columns with the training part's categories and, if asked, standardises it with
    /// statistics of the training part only.
    ///
    /// - Parameters:
    ///   - data: the trial's `data` stream (read by synthetic sources only).
    ///   - split: the trial's `split` stream (one permutation).
    /// - Throws: `CSVError` or `IDXError` for a file that cannot be read, `DataError` for generator or split
    ///   settings out of range.
    package func prepare(
        fractions: SplitFractions, standardize: Bool, data: inout RandomStream, split: inout RandomStream
    ) throws -> PreparedData {
        let loaded: LoadedDataset
        switch self {
        case .synthetic(let name, let samples, let features, let classes, let noise, let buyRate):
            let dataset = try Synthetic.make(
                name, samples: samples, features: features, classes: classes, noise: noise, buyRate: buyRate,
                stream: &data)
            let classValues = (0..<(dataset.task.classCount ?? 0)).map(Double.init)
            loaded = LoadedDataset(dataset: dataset, classValues: classValues)
        case .builtin(let source):
            loaded = try source.load()
        case .csv(let url, let displayPath, let options):
            loaded = try CSVLoader.load(contentsOf: url, displayPath: displayPath, options: options)
        case .idx(let files):
            loaded = try IDXLoader.load(files)
        }
        var parts = try DatasetSplit(loaded.dataset, fractions: fractions, stream: &split)
        var oneHot: OneHotEncoding?
        if !loaded.categorical.isEmpty {
            let encoding = OneHotEncoding(loaded.categorical, train: parts.train)
            parts = try encoding.apply(parts)
            oneHot = encoding
        }
        guard standardize else {
            return PreparedData(
                split: parts, standardizer: nil, classValues: loaded.classValues, classNames: loaded.classNames,
                oneHot: oneHot)
        }
        let (scaled, standardizer) = parts.standardized()
        return PreparedData(
            split: scaled, standardizer: standardizer, classValues: loaded.classValues, classNames: loaded.classNames,
            oneHot: oneHot)
    }
}

extension Dataset {
    /// Its size, as ``Synthetic/shape(_:samples:features:classes:noise:)`` states one.
    package var shape: DatasetShape {
        DatasetShape(samples: count, features: features.columns, classes: task.classCount)
    }
}
