/// One key of a section: its type, constraint, default, documentation and the kinds that
/// accept it. The decoder and the JSON Schema are both generated from these tables.
package struct KeySpec: Sendable {
    /// Whether a key must be present.
    package enum Requirement: Sendable {
        case optional
        case always
        /// Required for these kinds only.
        case forKinds([String])
    }

    /// A default that differs by kind (e.g. `lr` is 0.001 for Adam, 1.0 for Adadelta).
    package struct KindDefault: Sendable {
        var kind: String
        var value: JSONValue
    }

    package var name: String
    package var type: ValueType
    package var doc: String
    /// The kinds (of the section's discriminator) that accept this key; nil means all.
    package var kinds: [String]?
    package var requirement: Requirement
    package var defaultValue: JSONValue?
    package var kindDefaults: [KindDefault]

    package init(
        _ name: String, _ type: ValueType, _ doc: String, kinds: [String]? = nil,
        required: Requirement = .optional, default defaultValue: JSONValue? = nil,
        kindDefaults: [KindDefault] = []
    ) {
        self.name = name
        self.type = type
        self.doc = doc
        self.kinds = kinds
        self.requirement = required
        self.defaultValue = defaultValue
        self.kindDefaults = kindDefaults
    }

    package func applies(to kind: String) -> Bool { kinds?.contains(kind) ?? true }

    package func isRequired(for kind: String?) -> Bool {
        switch requirement {
        case .optional: false
        case .always: true
        case .forKinds(let list): kind.map(list.contains) ?? false
        }
    }

    /// The default in force for a kind.
    package func defaultValue(for kind: String?) -> JSONValue? {
        if let kind, let match = kindDefaults.first(where: { $0.kind == kind }) { return match.value }
        return defaultValue
    }
}

/// A short way to write per-kind defaults in tables.
package func byKind(_ pairs: (String, JSONValue)...) -> [KeySpec.KindDefault] {
    pairs.map { KeySpec.KindDefault(kind: $0.0, value: $0.1) }
}
