/// What kind files read from checked fields besides `double`, `int`, `bool` and `string`.
extension Fields {
    /// A required key's number; 0 stands in while a sweep supplies it (every trial is decoded
    /// again with its value, and a file that leaves it out otherwise has an error).
    package func required(_ key: String) -> Double { double(key) ?? 0 }

    /// A required key's integer; 1 stands in while a sweep supplies it.
    package func requiredInt(_ key: String) -> Int { int(key) ?? 1 }

    /// A required key's integers; empty while a sweep supplies them.
    package func requiredInts(_ key: String) -> [Int] { ints(key) ?? [] }

    /// A `choice` key's value as an enum of its names.
    package func choice<T: RawRepresentable>(_ key: String, as: T.Type = T.self) -> T? where T.RawValue == String {
        string(key).flatMap(T.init)
    }

    /// Reports `message` at `key` unless `ordered`.
    package func check(_ ordered: Bool, _ key: String, _ message: String, reader: inout SectionReader) {
        if !ordered { reader.error(location(key), path(key), message) }
    }
}
