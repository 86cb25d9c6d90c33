import LREngine

/// The one-hot columns of a split data set: each categorical feature (holding category
/// codes, see ``CategoricalColumn``) becomes one 0/1 feature per category seen in the
/// training part, in ascending order, named `column=category`, in the column's place.
///
/// Categories are fixed from the training part only, like the standardiser's statistics: a
/// category that occurs only in the validation or test part encodes as all zeros, so no
/// information from those parts reaches the model's inputs.
package struct OneHotEncoding: Sendable, Equatable {
    /// Each categorical column's name and its training categories, in feature order.
    package var columns: [(name: String, categories: [String])] {
        fitted.map { ($0.name, $0.categories) }
    }

    private var fitted: [Fitted]

    private struct Fitted: Sendable, Equatable {
        var name: String
        var feature: Int
        var categories: [String]
        /// For each code of the file's categories, its one-hot position, or nil when unseen in training.
        var position: [Int?]
    }

    /// Fits the categories on `train`'s codes.
    package init(_ columns: [CategoricalColumn], train: Dataset) {
        let width = train.features.columns
        fitted = columns.map { column in
            var seen = [Bool](repeating: false, count: column.categories.count)
            for row in 0..<train.count {
                let code = Int(train.features.storage[row * width + column.feature])
                if seen.indices.contains(code) { seen[code] = true }
            }
            var position = [Int?](repeating: nil, count: seen.count)
            var next = 0
            for code in seen.indices where seen[code] {
                position[code] = next
                next += 1
            }
            let categories = seen.indices.filter { seen[$0] }.map { column.categories[$0] }
            return Fitted(name: column.name, feature: column.feature, categories: categories, position: position)
        }
    }

    /// `split` with every categorical feature expanded.
    package func apply(_ split: DatasetSplit) throws(DataError) -> DatasetSplit {
        try DatasetSplit(train: apply(split.train), validation: apply(split.validation), test: apply(split.test))
    }

    private func apply(_ part: Dataset) throws(DataError) -> Dataset {
        let width = part.features.columns
        var byFeature = [Fitted?](repeating: nil, count: width)
        for column in fitted where byFeature.indices.contains(column.feature) { byFeature[column.feature] = column }
        var names = [String]()
        for feature in 0..<width {
            if let column = byFeature[feature] {
                names += column.categories.map { "\(column.name)=\($0)" }
            } else {
                names.append(part.featureNames[feature])
            }
        }
        var storage = [Float]()
        storage.reserveCapacity(part.count * names.count)
        for row in 0..<part.count {
            for feature in 0..<width {
                let value = part.features.storage[row * width + feature]
                guard let column = byFeature[feature] else {
                    storage.append(value)
                    continue
                }
                var hot = [Float](repeating: 0, count: column.categories.count)
                let code = Int(value)
                if column.position.indices.contains(code), let at = column.position[code] { hot[at] = 1 }
                storage += hot
            }
        }
        let matrix = Matrix(rows: part.count, columns: names.count, storage: storage)
        return try Dataset(features: matrix, targets: part.targets, featureNames: names, task: part.task)
    }

    package static func == (lhs: OneHotEncoding, rhs: OneHotEncoding) -> Bool { lhs.fitted == rhs.fitted }
}
