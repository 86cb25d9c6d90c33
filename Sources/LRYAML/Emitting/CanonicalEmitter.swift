/// Writes a `Node` as canonical block YAML through libyaml's emitter.
///
/// Canonical: mapping order as given, scalars written from their resolved value (so `0x1F`
/// becomes `31`), plain wherever plain text re-reads as the same value, otherwise quoted;
/// multi-line strings as literal blocks when libyaml allows; tags dropped (the style carries
/// the type). Deterministic: the same tree always gives the same bytes.
struct CanonicalEmitter {
    private let emitter = LibYAMLEmitter()

    func emit(_ root: Node) throws(LibYAMLFailure) -> String {
        try emitter.streamStart()
        try emitter.documentStart()
        try write(root)
        try emitter.documentEnd()
        try emitter.streamEnd()
        return String(decoding: emitter.output, as: UTF8.self)
    }

    private func write(_ node: Node) throws(LibYAMLFailure) {
        switch node.content {
        case .scalar(let text, _):
            try scalar(node.scalarValue ?? .string(text))
        case .sequence(let items, _):
            try emitter.sequenceStart()
            for item in items { try write(item) }
            try emitter.sequenceEnd()
        case .mapping(let pairs, _):
            try emitter.mappingStart()
            for pair in pairs {
                try write(pair.key)
                try write(pair.value)
            }
            try emitter.mappingEnd()
        }
    }

    private func scalar(_ value: ScalarValue) throws(LibYAMLFailure) {
        switch value {
        case .null: try emitter.scalar("null", style: .plain, plainImplicit: true)
        case .bool(let b): try emitter.scalar(b ? "true" : "false", style: .plain, plainImplicit: true)
        case .int(let i): try emitter.scalar(String(i), style: .plain, plainImplicit: true)
        case .integerOutOfRange(let text): try emitter.scalar(text, style: .plain, plainImplicit: true)
        case .float(let f): try emitter.scalar(Self.text(f), style: .plain, plainImplicit: true)
        case .string(let s):
            let rereads = CoreSchema.implicit(s) == .string(s)
            try emitter.scalar(s, style: s.contains("\n") ? .literal : .plain, plainImplicit: rereads)
        }
    }

    /// Swift's shortest round-trip text, or the YAML spelling of the special values.
    static func text(_ f: Double) -> String {
        if f.isNaN { return ".nan" }
        if f.isInfinite { return f < 0 ? "-.inf" : ".inf" }
        return f.description
    }
}
