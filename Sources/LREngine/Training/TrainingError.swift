/// Options or data a trainer cannot run with; thrown before the first update, never mid-run.
public struct TrainingError: Error, Sendable, Equatable, CustomStringConvertible {
    public var message: String

    public init(_ message: String) { self.message = message }

    public var description: String { message }
}
