/// One key a kind accepts: its type and documentation, and either that the kind requires it or
/// the kind's default. A kind's keys are the only place its defaults are written; a family's
/// section table (`SectionSpec`) is merged from them by ``KindTable``.
package struct KindKey: Sendable {
    package var name: String
    package var type: ValueType
    package var doc: String
    package var required = false
    package var defaultValue: JSONValue?

    package init(_ name: String, _ type: ValueType, _ doc: String, required: Bool = false, default defaultValue: JSONValue? = nil) {
        self.name = name
        self.type = type
        self.doc = doc
        self.required = required
        self.defaultValue = defaultValue
    }

    /// This key with a kind's default.
    package func defaulting(_ value: JSONValue) -> KindKey {
        var copy = self
        copy.defaultValue = value
        return copy
    }

    /// This key, required by a kind.
    package var requiredKey: KindKey {
        var copy = self
        copy.required = true
        return copy
    }

    /// Shorthands for defaults in kind files.
    package func defaulting(_ value: Double) -> KindKey { defaulting(.number(value)) }
    package func defaulting(_ value: Int) -> KindKey { defaulting(.integer(value)) }
    package func defaulting(_ value: Bool) -> KindKey { defaulting(.bool(value)) }
    package func defaulting(_ value: String) -> KindKey { defaulting(.string(value)) }
}
