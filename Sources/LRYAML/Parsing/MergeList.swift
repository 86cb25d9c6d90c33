/// The `<<` merge of one mapping: which mappings to merge, and where the `<<` key stood.
///
/// Precedence: keys written in the mapping win over merged ones; in a sequence of mappings
/// the earlier mapping wins. Merged pairs take the place of the `<<` key.
struct MergeList {
    private var sources: [Node] = []
    private var position = 0
    private(set) var firstMark: Mark?

    /// A plain untagged `<<`, or any scalar tagged `!!merge`.
    static func isMergeKey(_ key: Node) -> Bool {
        guard case .scalar(let text, let style) = key.content else { return false }
        if key.tag == CoreSchema.mergeTag { return true }
        return key.tag == nil && style == .plain && text == "<<"
    }

    /// Records the value of a `<<` key: a mapping or a sequence of mappings.
    mutating func add(_ value: Node, at position: Int, keyMark: Mark, file: String) throws(YAMLError) {
        let expected = "merge key '<<' expects a mapping or a sequence of mappings"
        switch value.content {
        case .mapping:
            sources = [value]
        case .sequence(let items, _):
            for item in items {
                guard case .mapping = item.content else {
                    // An item from an aliased sequence is reported where the merge uses it.
                    let mark = item.mark < keyMark ? value.mark : item.mark
                    throw YAMLError(file: file, mark: mark, message: expected)
                }
            }
            sources = items
        case .scalar:
            throw YAMLError(file: file, mark: value.mark, message: expected)
        }
        self.position = position
        firstMark = keyMark
    }

    /// The mapping's pairs with the merged pairs inserted where `<<` stood.
    func apply(to pairs: [Node.Pair], explicitKeys: [KeyIdentity: Mark]) -> [Node.Pair] {
        guard firstMark != nil else { return pairs }
        var taken = Set(explicitKeys.keys)
        var merged: [Node.Pair] = []
        for source in sources {
            for pair in source.mapping ?? [] where taken.insert(KeyIdentity(pair.key)).inserted {
                merged.append(pair)
            }
        }
        var out = pairs
        out.insert(contentsOf: merged, at: min(position, out.count))
        return out
    }
}
