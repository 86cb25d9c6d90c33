import Foundation

extension BundleDiffing {
    /// Compares bundles as `lrlab diff` does, with its default tolerances.
    ///
    /// - Parameters:
    ///   - arguments: what `lrlab diff` takes: two bundle directories, a bundle and a git
    ///     revision (`HEAD~1`), or revisions alone (every bundle under `results/`).
    ///   - directory: where relative paths start; its git repository is the one read.
    /// - Returns: one ``BundleDiff`` per bundle pair.
    /// - Throws: ``DiffError`` when a side cannot be read or a revision does not exist.
    public static func compare(
        _ arguments: [String], in directory: String = FileManager.default.currentDirectoryPath
    ) throws(DiffError) -> [BundleDiff] {
        try BundleDiffing(arguments: arguments, directory: directory).run()
    }
}
