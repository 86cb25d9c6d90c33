import LREngine

/// A dataset read from a file, with what the file called its classes and the text columns
/// still to be one-hot encoded.
package struct LoadedDataset: Sendable, Equatable {
    package var dataset: Dataset
    /// For classification with numeric targets, the original target value of each class
    /// index (ascending); empty for regression and for class names.
    package var classValues: [Double]
    /// For classification with text targets, the name of each class index (ascending);
    /// empty otherwise.
    package var classNames: [String]
    /// The text feature columns, whose feature holds a category's index in
    /// ``CategoricalColumn/categories``; ``OneHotEncoding`` expands them after the split.
    package var categorical: [CategoricalColumn]

    package init(dataset: Dataset, classValues: [Double], classNames: [String] = [], categorical: [CategoricalColumn] = []) {
        self.dataset = dataset
        self.classValues = classValues
        self.classNames = classNames
        self.categorical = categorical
    }
}

/// A text feature column as loaded: its name, the feature that holds its codes and every
/// category the whole file has, in ascending order (the code of a row is an index here).
package struct CategoricalColumn: Sendable, Equatable {
    package var name: String
    package var feature: Int
    package var categories: [String]

    package init(name: String, feature: Int, categories: [String]) {
        self.name = name
        self.feature = feature
        self.categories = categories
    }
}
