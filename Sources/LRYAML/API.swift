// The contract between LRYAML and its users. Implementations live beside this file.

/// The YAML 1.2 core-schema value of a scalar (explicit `!!str`/`!!int`/`!!float`/`!!bool`/
/// `!!null` tags respected; quoted and block scalars resolve to `.string`).
public enum ScalarValue: Sendable, Hashable {
    case null
    case bool(Bool)
    case int(Int)
    /// A plain scalar of integer form that does not fit in `Int` (64 bit).
    case integerOutOfRange(String)
    case float(Double)
    case string(String)
}

/// A located YAML error: syntax, duplicate key, limit exceeded, bad merge, …
/// `message` is short and lowercase, identifiers in quotes.
public struct YAMLError: Error, Sendable, Hashable {
    public var file: String
    public var mark: Mark
    public var message: String

    public init(file: String, mark: Mark, message: String) {
        self.file = file
        self.mark = mark
        self.message = message
    }
}

/// Hard limits that keep hostile input cheap to reject.
public struct YAMLLimits: Sendable, Hashable {
    /// Most bytes of input accepted.
    public var maxInputBytes: Int
    /// Deepest nesting of collections.
    public var maxDepth: Int
    /// Most nodes produced after alias expansion (bounds "billion laughs").
    public var maxNodes: Int

    public init(maxInputBytes: Int, maxDepth: Int, maxNodes: Int) {
        self.maxInputBytes = maxInputBytes
        self.maxDepth = maxDepth
        self.maxNodes = maxNodes
    }

    public static let `default` = YAMLLimits(
        maxInputBytes: 8 << 20, maxDepth: 64, maxNodes: 1_000_000)
}
