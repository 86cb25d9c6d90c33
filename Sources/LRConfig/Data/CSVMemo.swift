import Foundation

/// Parsed CSV files of this process, by content: a run reads its data file to size the trials,
/// again to train and again to describe the data in the bundle, and a parse of a large file
/// costs more than the rest of the run's serial work. The key is the file's bytes themselves
/// (compared whole: exact, and cheaper than hashing them, which cost about as much as a parse
/// of digits), the name errors carry and the options, so a changed file is parsed again. Only
/// successes are kept, and only the last few files (with their bytes, within `Limits.maxCSVBytes`).
final class CSVMemo: @unchecked Sendable {
    static let shared = CSVMemo()
    /// Files kept at once; a sweep over several data files parses each again once evicted.
    static let capacity = 4

    struct Key: Equatable {
        // Compared in this order: the cheap parts first.
        var name: String
        var options: CSVOptions
        var bytes: [UInt8]
    }

    private let lock = NSLock()
    private var entries: [(key: Key, dataset: LoadedDataset)] = []

    /// The dataset parsed from `bytes`, parsing only when this content was not parsed before.
    func dataset(
        _ bytes: [UInt8], name: String, options: CSVOptions, parse: () throws(CSVError) -> LoadedDataset
    ) throws(CSVError) -> LoadedDataset {
        let key = Key(name: name, options: options, bytes: bytes)
        if let found = lock.withLock({ entries.first { $0.key == key }?.dataset }) { return found }
        let dataset = try parse()
        lock.withLock {
            entries.removeAll { $0.key == key }
            entries.append((key, dataset))
            if entries.count > Self.capacity { entries.removeFirst() }
        }
        return dataset
    }
}
