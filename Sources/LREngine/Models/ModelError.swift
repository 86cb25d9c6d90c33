/// Why a model, loss or test function cannot be built for the given settings or data.
///
/// Messages are short, lowercase, with identifiers in quotes; the experiment layer adds the
/// `file:line:col` of the setting that caused them.
public struct ModelError: Error, Sendable, Equatable, CustomStringConvertible {
    public var message: String

    public init(_ message: String) { self.message = message }

    public var description: String { message }
}
