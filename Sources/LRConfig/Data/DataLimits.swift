/// Sizes a data file may ask for. Files come from anyone, so each is checked before the
/// memory it implies is allocated; `docs/limits.md` lists them.
package enum DataLimits {
    /// Most data rows of a CSV file (as `data.samples` allows for a generator).
    package static let maxRows = 10_000_000
    /// Most columns of a CSV file (as `data.features` allows for a generator).
    package static let maxColumns = 100_000
    /// Most feature values (rows × features, after one-hot encoding) of a loaded data set:
    /// the same bound as a generated one (`Synthetic.maximumValues`).
    package static let maxValues = 50_000_000
    /// Most classes of a classification read from a file (as `data.classes` allows).
    package static let maxClasses = 1_000
    /// Most distinct categories of one one-hot encoded column: each becomes a feature.
    package static let maxCategories = 1_000
    /// Largest IDX file (256 MiB): MNIST's training images take 47 MB.
    package static let maxIDXBytes = 256 << 20
    /// Most dimensions an IDX header may declare (MNIST images have 3).
    package static let maxIDXDimensions = 4
}
