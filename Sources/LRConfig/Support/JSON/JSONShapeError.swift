/// A JSON document that parsed but does not have the expected shape.
public struct JSONShapeError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The key path, e.g. `trials[3].status`; empty for the whole document.
    package var path: String
    package var message: String

    package init(path: String, message: String) {
        self.path = path
        self.message = message
    }

    /// The key path and the message.
    public var description: String { path.isEmpty ? message : "'\(path)': \(message)" }
}
