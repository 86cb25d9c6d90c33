import LRConfig
import LREngine

/// What a report says about the data a run trained on: the parts' sizes, the features, the
/// classes and how common each is, and the score of always predicting the most common class.
package struct DataDescription: Sendable, Equatable {
    /// The source, e.g. `breast_cancer` or the CSV file's name.
    package var name: String
    /// `PreparedData.summary`: examples per part, features, classes, standardisation.
    package var summary: String
    /// Examples of each class in the training part; nil for a regression.
    package var trainClassCounts: [Int]?
    /// The accuracy of always predicting the training part's most common class, on the
    /// validation part (the training part when there is none); nil for a regression.
    package var chanceAccuracy: Double?
    /// The name of each class index when the file's targets are text (`Iris-setosa`); empty
    /// otherwise (classes are then their index, in ascending order of the file's values).
    package var classNames: [String]
    /// Each one-hot encoded column and the categories of the training part it was encoded
    /// with, in feature order; empty without categorical columns.
    package var categories: [Categories]
    /// SHA-256 of the prepared parts (features and targets, train, validation, test, in
    /// order): any change to the data file or its preparation changes it. Empty when unknown.
    package var digest: String = ""

    /// One categorical column's fitted categories.
    package struct Categories: Sendable, Equatable {
        package var column: String
        package var categories: [String]

        package init(column: String, categories: [String]) {
            self.column = column
            self.categories = categories
        }
    }

    package init(
        name: String, summary: String, trainClassCounts: [Int]?, chanceAccuracy: Double?, classNames: [String] = [],
        categories: [Categories] = []
    ) {
        self.name = name
        self.summary = summary
        self.trainClassCounts = trainClassCounts
        self.chanceAccuracy = chanceAccuracy
        self.classNames = classNames
        self.categories = categories
    }

    package init(name: String, _ data: PreparedData) {
        let counts = Self.classCounts(data.split.train)
        var chance: Double?
        if let counts, let majority = counts.indices.max(by: { counts[$0] < counts[$1] }) {
            let scored = data.split.validation.count > 0 ? data.split.validation : data.split.train
            if case .classes(let labels) = scored.targets, !labels.isEmpty {
                chance = Double(labels.filter { $0 == majority }.count) / Double(labels.count)
            }
        }
        let categories = (data.oneHot?.columns ?? []).map { Categories(column: $0.name, categories: $0.categories) }
        self.init(
            name: name, summary: data.summary, trainClassCounts: counts, chanceAccuracy: chance,
            classNames: data.classNames, categories: categories)
        digest = Self.digest(data)
    }

    /// The bytes of every part, length-prefixed: feature names, features (Float32 bits,
    /// little-endian) and targets (class indices or Float32 values).
    package static func digest(_ data: PreparedData) -> String {
        var parts: [[UInt8]] = []
        for part in [data.split.train, data.split.validation, data.split.test] {
            parts.append(Array(part.featureNames.joined(separator: "\u{0}").utf8))
            parts.append(littleEndian(part.features.storage.lazy.map { UInt64($0.bitPattern) }, bytes: 4))
            switch part.targets {
            case .classes(let labels): parts.append(littleEndian(labels.lazy.map { UInt64(bitPattern: Int64($0)) }, bytes: 8))
            case .values(let values): parts.append(littleEndian(values.storage.lazy.map { UInt64($0.bitPattern) }, bytes: 4))
            }
        }
        return ContentHash.sha256(lengthPrefixed: parts)
    }

    /// The low `bytes` bytes of each word, least significant first, one word after another.
    static func littleEndian(_ words: some Collection<UInt64>, bytes: Int) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(words.count * bytes)
        for word in words {
            for byte in 0..<bytes { out.append(UInt8(truncatingIfNeeded: word >> (8 * UInt64(byte)))) }
        }
        return out
    }

    package static func classCounts(_ dataset: Dataset) -> [Int]? {
        guard let classes = dataset.task.classCount, case .classes(let labels) = dataset.targets else { return nil }
        var counts = [Int](repeating: 0, count: classes)
        for label in labels where counts.indices.contains(label) { counts[label] += 1 }
        return counts
    }

    /// One description per distinct data set the trials trained on, in trial order; data that
    /// cannot be prepared again is left out (its trials failed and say why). Data sets in
    /// `known` (described ahead, e.g. while the trials trained) are not prepared again.
    package static func of(_ trials: [RunResult.Trial], known: [Described] = []) -> [DataDescription] {
        var seen: [DataKey] = []
        var descriptions: [DataDescription] = []
        for trial in trials {
            let experiment = trial.spec.experiment
            guard let key = DataKey(experiment), !seen.contains(key) else { continue }
            seen.append(key)
            let described = known.first { $0.key == key } ?? describe(experiment)
            if let description = described?.description { descriptions.append(description) }
        }
        return descriptions
    }

    /// The distinct data sets of `experiments`, described.
    package static func describe(_ experiments: [Experiment]) -> [Described] {
        var out: [Described] = []
        for experiment in experiments {
            guard let key = DataKey(experiment), !out.contains(where: { $0.key == key }) else { continue }
            if let described = describe(experiment) { out.append(described) }
        }
        return out
    }

    /// `experiment`'s data set and its description (nil when it cannot be prepared); nil
    /// when the experiment has no data section.
    static func describe(_ experiment: Experiment) -> Described? {
        guard let config = experiment.data, let key = DataKey(experiment) else { return nil }
        guard let prepared = try? TrialRunner.prepareData(for: experiment) else { return Described(key: key, description: nil) }
        let file = config.path ?? config.idx?.images
        let name = file.map { String($0.split(separator: "/").last ?? Substring($0)) } ?? config.source.rawValue
        return Described(key: key, description: DataDescription(name: name, prepared))
    }

    /// A data set and its description, nil when it cannot be prepared.
    package struct Described: Sendable {
        var key: DataKey
        var description: DataDescription?
    }

    /// What the prepared data depends on: its settings and the experiment's seed.
    package struct DataKey: Sendable, Equatable {
        var config: DataConfig
        var seed: Int

        init?(_ experiment: Experiment) {
            guard let config = experiment.data else { return nil }
            self.config = config
            seed = experiment.seed
        }
    }
}
