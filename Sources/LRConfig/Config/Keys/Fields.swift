import LRYAML

/// The checked contents of one mapping: the values that passed their key's check, the nested
/// sections, and the table the mapping was read against (for defaults).
package struct Fields: Sendable {
    package var spec: SectionSpec
    package var node: ConfigNode
    package var path: String
    /// The valid kind, when the section has a discriminator.
    package var kind: String?
    /// Keys that were written, valid or not.
    package var present: [String] = []
    /// Values that passed their check (looked up by key; never iterated).
    package var values: [String: ConfigNode] = [:]
    package var sections: [String: Fields] = [:]
    package var sectionLists: [String: [Fields]] = [:]

    package func has(_ key: String) -> Bool { present.contains(key) }

    /// The written, valid value of a key, or nil.
    package func written(_ key: String) -> ConfigNode? { values[key] }

    /// The written value, or the table default for this kind when the key is absent.
    /// Nil when the key was written but invalid (the file then has an error anyway).
    private func effective(_ key: String) -> ScalarValue? {
        if let node = values[key] { return node.scalar }
        if has(key) { return nil }
        switch spec.key(key, kind: kind)?.defaultValue(for: kind) {
        case .bool(let b)?: return .bool(b)
        case .integer(let i)?: return .int(i)
        case .number(let d)?: return .float(d)
        case .string(let s)?: return .string(s)
        default: return nil
        }
    }

    package func double(_ key: String) -> Double? {
        switch effective(key) {
        case .int(let i)?: Double(i)
        case .float(let d)?: d
        default: nil
        }
    }

    package func int(_ key: String) -> Int? {
        if case .int(let i)? = effective(key) { i } else { nil }
    }

    package func bool(_ key: String) -> Bool? {
        if case .bool(let b)? = effective(key) { b } else { nil }
    }

    package func string(_ key: String) -> String? {
        if case .string(let s)? = effective(key) { s } else { nil }
    }

    /// A list value (written or default) as numbers.
    package func doubles(_ key: String) -> [Double]? {
        if let node = values[key] { return node.doubles }
        if has(key) { return nil }
        if case .array(let items)? = spec.key(key, kind: kind)?.defaultValue(for: kind) {
            return items.compactMap {
                switch $0 {
                case .integer(let i): Double(i)
                case .number(let d): d
                default: nil
                }
            }
        }
        return nil
    }

    package func ints(_ key: String) -> [Int]? {
        if let node = values[key] { return node.ints }
        if has(key) { return nil }
        if case .array(let items)? = spec.key(key, kind: kind)?.defaultValue(for: kind) {
            return items.compactMap { if case .integer(let i) = $0 { i } else { nil } }
        }
        return nil
    }

    package func strings(_ key: String) -> [String]? {
        guard case .sequence(let items)? = values[key]?.content else { return nil }
        return items.compactMap { if case .string(let s)? = $0.scalar { s } else { nil } }
    }

    /// Where a key's value was written, or the mapping itself.
    package func location(_ key: String) -> SourceLocation { values[key]?.location ?? node.location }

    package func path(_ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }
}

extension ConfigNode {
    package var doubles: [Double]? {
        guard case .sequence(let items) = content else { return nil }
        return items.compactMap {
            switch $0.scalar {
            case .int(let i)?: Double(i)
            case .float(let d)?: d
            default: nil
            }
        }
    }

    package var ints: [Int]? {
        guard case .sequence(let items) = content else { return nil }
        return items.compactMap { if case .int(let i)? = $0.scalar { i } else { nil } }
    }
}
