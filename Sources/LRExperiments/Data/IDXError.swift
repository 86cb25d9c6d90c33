/// An IDX file that cannot be read as a dataset, naming the file.
public struct IDXError: Error, Sendable, Equatable, CustomStringConvertible {
    public var file: String
    public var message: String

    public init(file: String, message: String) {
        self.file = file
        self.message = message
    }

    /// `data/train-images.idx: error: truncated: …`.
    public var description: String { "\(file): error: \(message)" }
}
