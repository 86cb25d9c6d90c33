/// One key a kind accepts: its type and documentation, and either that the kind requires it or
/// the kind's default. A kind's keys are the only place its defaults are written; a family's
/// section table (`SectionSpec`) is merged from them by ``KindTable``.
struct KindKey: Sendable {
    var name: String
    var type: ValueType
    var doc: String
    var required = false
    var defaultValue: JSONValue?

    init(_ name: String, _ type: ValueType, _ doc: String, required: Bool = false, default defaultValue: JSONValue? = nil) {
        self.name = name
        self.type = type
        self.doc = doc
        self.required = required
        self.defaultValue = defaultValue
    }

    /// This key with a kind's default.
    func defaulting(_ value: JSONValue) -> KindKey {
        var copy = self
        copy.defaultValue = value
        return copy
    }

    /// This key, required by a kind.
    var requiredKey: KindKey {
        var copy = self
        copy.required = true
        return copy
    }

    /// Shorthands for defaults in kind files.
    func defaulting(_ value: Double) -> KindKey { defaulting(.number(value)) }
    func defaulting(_ value: Int) -> KindKey { defaulting(.integer(value)) }
    func defaulting(_ value: Bool) -> KindKey { defaulting(.bool(value)) }
    func defaulting(_ value: String) -> KindKey { defaulting(.string(value)) }
}
