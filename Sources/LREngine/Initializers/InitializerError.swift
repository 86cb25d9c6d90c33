/// Why an initialiser cannot be built or applied: short, lowercase, identifiers in quotes.
public struct InitializerError: Error, Sendable, Equatable, CustomStringConvertible {
    public var message: String

    public init(_ message: String) { self.message = message }

    public var description: String { message }
}
