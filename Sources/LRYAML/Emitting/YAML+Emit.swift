extension YAML {
    /// Canonical, deterministic block-style YAML for `node` (see `CanonicalEmitter`).
    ///
    /// Parsing the result gives back an equal tree up to marks, styles and spelling of
    /// values (`0x1F` is written `31`).
    public static func emit(_ node: Node) throws(YAMLError) -> String {
        do {
            return try CanonicalEmitter().emit(node)
        } catch {
            throw YAMLError(file: "<emitted>", mark: node.mark, message: "cannot emit yaml: \(error.problem)")
        }
    }
}
