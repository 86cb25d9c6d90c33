/// An IDX file that cannot be read as a dataset, naming the file.
package struct IDXError: Error, Sendable, Equatable, CustomStringConvertible {
    package var file: String
    package var message: String

    package init(file: String, message: String) {
        self.file = file
        self.message = message
    }

    /// `data/train-images.idx: error: truncated: …`.
    package var description: String { "\(file): error: \(message)" }
}
