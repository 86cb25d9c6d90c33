/// A JSON document that parsed but does not have the expected shape.
public struct JSONShapeError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The key path, e.g. `trials[3].status`; empty for the whole document.
    public var path: String
    public var message: String

    public var description: String { path.isEmpty ? message : "'\(path)': \(message)" }
}
