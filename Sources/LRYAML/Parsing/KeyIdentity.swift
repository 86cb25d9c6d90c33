/// What makes two mapping keys the same: their resolved values, not their spelling
/// (`1` and `0x1` collide; strings compare by text), ignoring marks and styles.
indirect enum KeyIdentity: Hashable {
    case scalar(ScalarValue)
    /// A scalar whose explicit tag cannot hold it (generic mode only): compared by text.
    case raw(String)
    case sequence([KeyIdentity])
    case mapping([KeyIdentity])

    init(_ node: Node) {
        switch node.content {
        case .scalar(let text, _):
            self = node.scalarValue.map(KeyIdentity.scalar) ?? .raw(text)
        case .sequence(let items, _):
            self = .sequence(items.map(KeyIdentity.init))
        case .mapping(let pairs, _):
            self = .mapping(pairs.flatMap { [KeyIdentity($0.key), KeyIdentity($0.value)] })
        }
    }
}
