/// Builds `Node` trees from libyaml events: expands aliases, applies merge keys, rejects
/// duplicate keys and bad tags (strict mode), and enforces `YAMLLimits` as it goes.
struct Composer {
    /// A finished anchored node with what expanding it again costs.
    private struct Anchored {
        var node: Node
        /// Nodes in the subtree, aliases expanded.
        var count: Int
        /// Collection levels in the subtree (0 for a scalar).
        var height: Int
    }

    private let file: String
    private let limits: YAMLLimits
    private let mode: YAMLMode
    private let source: SourceText
    private let parser: LibYAMLParser
    private var anchors: [String: Anchored] = [:]
    /// Anchors whose node is still being built; an alias to one would be recursive.
    private var open: Set<String> = []
    private var nodeCount = 0
    private var depth = 0

    init(bytes: [UInt8], file: String, limits: YAMLLimits, mode: YAMLMode) {
        self.file = file
        self.limits = limits
        self.mode = mode
        self.source = SourceText(bytes: bytes)
        self.parser = LibYAMLParser(bytes: bytes)
    }

    /// The next raw event; a libyaml failure becomes a located `YAMLError`.
    mutating func nextEvent() throws(YAMLError) -> YAMLEvent {
        do {
            if let event = try parser.next() { return event }
        } catch {
            throw YAMLError(file: file, failure: error, source: source)
        }
        throw YAMLError(file: file, mark: Mark(line: 1, column: 1), message: "unexpected end of stream")
    }

    /// The root of the next document, or nil at the end of the stream, plus where it started.
    mutating func nextDocument() throws(YAMLError) -> (node: Node, start: Mark)? {
        var event = try nextEvent()
        if event.kind == .streamStart { event = try nextEvent() }
        if event.kind == .streamEnd { return nil }
        guard event.kind == .documentStart else { throw unexpected(event) }
        let start = event.start
        anchors = [:]
        let root = try compose(try nextEvent()).node
        let end = try nextEvent()
        guard end.kind == .documentEnd else { throw unexpected(end) }
        return (root, start)
    }

    /// Where the next document starts, or nil at the end of the stream.
    mutating func nextDocumentStart() throws(YAMLError) -> Mark? {
        let event = try nextEvent()
        return event.kind == .documentStart ? event.start : nil
    }

    private func unexpected(_ event: YAMLEvent) -> YAMLError {
        YAMLError(file: file, mark: event.start, message: "unexpected \(event.kind) event")
    }

    private func error(_ mark: Mark, _ message: String) -> YAMLError {
        YAMLError(file: file, mark: mark, message: message)
    }

    // MARK: Nodes

    /// Composes the node that starts with `event`; returns it with its height.
    private mutating func compose(_ event: YAMLEvent) throws(YAMLError) -> (node: Node, height: Int) {
        if event.kind == .alias { return try expand(event) }
        let before = nodeCount
        try count(1, at: event.start, alias: false)
        if let anchor = event.anchor { open.insert(anchor) }
        let result: (node: Node, height: Int)
        switch event.kind {
        case .scalar:
            result = (try scalar(event), 0)
        case .sequenceStart:
            result = try sequence(event)
        case .mappingStart:
            result = try mapping(event)
        default:
            throw unexpected(event)
        }
        if let anchor = event.anchor {
            open.remove(anchor)
            anchors[anchor] = Anchored(node: result.node, count: nodeCount - before, height: result.height)
        }
        return result
    }

    private mutating func expand(_ event: YAMLEvent) throws(YAMLError) -> (node: Node, height: Int) {
        let name = event.anchor ?? ""
        guard let anchored = anchors[name] else {
            if open.contains(name) {
                throw error(event.start, "recursive alias '*\(name)' is not supported")
            }
            throw error(event.start, "undefined alias '*\(name)'")
        }
        try count(anchored.count, at: event.start, alias: true)
        if depth + anchored.height > limits.maxDepth {
            throw error(event.start, "alias '*\(name)' nests deeper than \(limits.maxDepth) levels")
        }
        var node = anchored.node
        node.mark = event.start
        return (node, anchored.height)
    }

    private mutating func count(_ n: Int, at mark: Mark, alias: Bool) throws(YAMLError) {
        nodeCount += n
        guard nodeCount > limits.maxNodes else { return }
        throw error(
            mark,
            alias
                ? "alias expansion exceeds \(limits.maxNodes) nodes"
                : "document exceeds \(limits.maxNodes) nodes")
    }

    private func scalar(_ event: YAMLEvent) throws(YAMLError) -> Node {
        let node = Node(.scalar(event.value, event.scalarStyle), mark: event.start, tag: event.tag)
        guard mode == .strict, let tag = event.tag else { return node }
        guard CoreSchema.scalarTags.contains(tag) else {
            throw error(event.start, "unsupported tag '\(tag)' on a scalar")
        }
        guard node.scalarValue != nil else {
            let short = tag.hasPrefix(CoreSchema.tagPrefix) ? "!!" + tag.dropFirst(CoreSchema.tagPrefix.count) : tag
            throw error(event.start, "'\(event.value)' is not a valid '\(short)'")
        }
        return node
    }

    private mutating func enter(_ event: YAMLEvent, allowedTag: String) throws(YAMLError) {
        if mode == .strict, let tag = event.tag, tag != allowedTag, tag != "!" {
            throw error(event.start, "unsupported tag '\(tag)' on a collection")
        }
        depth += 1
        if depth > limits.maxDepth {
            throw error(event.start, "nesting deeper than \(limits.maxDepth) levels")
        }
    }

    private mutating func sequence(_ event: YAMLEvent) throws(YAMLError) -> (node: Node, height: Int) {
        try enter(event, allowedTag: CoreSchema.seqTag)
        var items: [Node] = []
        var height = 0
        while true {
            let next = try nextEvent()
            if next.kind == .sequenceEnd { break }
            let item = try compose(next)
            items.append(item.node)
            height = max(height, item.height)
        }
        depth -= 1
        let node = Node(.sequence(items, event.collectionStyle), mark: event.start, tag: event.tag)
        return (node, height + 1)
    }

    private mutating func mapping(_ event: YAMLEvent) throws(YAMLError) -> (node: Node, height: Int) {
        try enter(event, allowedTag: CoreSchema.mapTag)
        var pairs: [Node.Pair] = []
        var height = 0
        var firstSeen: [KeyIdentity: Mark] = [:]
        var merges = MergeList()
        while true {
            let next = try nextEvent()
            if next.kind == .mappingEnd { break }
            let key = try compose(next)
            let value = try compose(try nextEvent())
            height = max(height, key.height, value.height)
            guard mode == .strict else {
                pairs.append(Node.Pair(key: key.node, value: value.node))
                continue
            }
            if MergeList.isMergeKey(key.node) {
                if let first = merges.firstMark {
                    throw error(key.node.mark, "duplicate merge key '<<' (first at \(first))")
                }
                try merges.add(value.node, at: pairs.count, keyMark: key.node.mark, file: file)
                continue
            }
            let identity = KeyIdentity(key.node)
            if let first = firstSeen[identity] {
                throw error(key.node.mark, "duplicate key \(Self.describe(key.node)) (first at \(first))")
            }
            firstSeen[identity] = key.node.mark
            pairs.append(Node.Pair(key: key.node, value: value.node))
        }
        depth -= 1
        pairs = merges.apply(to: pairs, explicitKeys: firstSeen)
        let node = Node(.mapping(pairs, event.collectionStyle), mark: event.start, tag: event.tag)
        return (node, height + 1)
    }

    private static func describe(_ key: Node) -> String {
        if case .scalar(let text, _) = key.content { return "'\(text)'" }
        return "(a collection key)"
    }
}
