/// Why a dataset could not be generated, split or assembled; messages are short and lowercase.
public enum DataError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A generator or split argument out of range, e.g. `'samples' must be positive, got 0`.
    case invalidArgument(String)
    /// Parts of a dataset that do not fit together.
    case invalid(String)

    public var description: String {
        switch self {
        case .invalidArgument(let message), .invalid(let message): message
        }
    }
}
