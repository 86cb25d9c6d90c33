import Foundation

/// A scratch directory of YAML files for one test, removed when the value is dropped.
public final class TempFiles {
    public let directory: String

    public init() throws {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("lrlab-tests")
        let dir = base.appendingPathComponent(UUID().uuidString)
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        directory = dir.path
    }

    /// Writes `text` to `name` inside the directory and returns its path.
    @discardableResult
    public func write(_ name: String, _ text: String) throws -> String {
        let path = "\(directory)/\(name)"
        try FileManager.default.createDirectory(
            atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    deinit { try? FileManager.default.removeItem(atPath: directory) }
}
