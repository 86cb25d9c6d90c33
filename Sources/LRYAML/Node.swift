/// A 1-based position in a YAML source: where a node (or key) starts.
public struct Mark: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public static func < (a: Mark, b: Mark) -> Bool {
        (a.line, a.column) < (b.line, b.column)
    }

    public var description: String { "\(line):\(column)" }
}

/// How a scalar was written; quoted and block scalars are always strings.
public enum ScalarStyle: Sendable, Hashable {
    case plain, singleQuoted, doubleQuoted, literal, folded
}

/// Whether a collection was written in block or flow (`[…]`, `{…}`) style.
public enum CollectionStyle: Sendable, Hashable {
    case block, flow
}

/// A node of a parsed YAML document, aliases already expanded and merge keys applied.
/// Every node, keys included, keeps the mark of where it starts, its explicit tag (if any)
/// and its style. Mapping order is the source order.
public struct Node: Sendable, Hashable {
    public enum Content: Sendable, Hashable {
        case scalar(String, ScalarStyle)
        case sequence([Node], CollectionStyle)
        case mapping([Pair], CollectionStyle)
    }

    public struct Pair: Sendable, Hashable {
        public var key: Node
        public var value: Node

        public init(key: Node, value: Node) {
            self.key = key
            self.value = value
        }
    }

    public var content: Content
    public var mark: Mark
    /// The explicit tag in full form (e.g. `tag:yaml.org,2002:str`), or nil when untagged.
    public var tag: String?

    public init(_ content: Content, mark: Mark, tag: String? = nil) {
        self.content = content
        self.mark = mark
        self.tag = tag
    }
}
