/// Reads typed values out of a parsed JSON document, naming the key path of anything missing
/// or of the wrong type (`files[2].sha256: expected a string`).
package struct JSONReader: Sendable {
    package var value: JSONValue
    /// Where `value` sits in the document, e.g. `trials[3].final`; empty at the root.
    package var path: String

    package init(_ value: JSONValue, path: String = "") {
        self.value = value
        self.path = path
    }

    /// The member `key` of this object; throws when this is not an object or has no such member.
    package func member(_ key: String) throws(JSONShapeError) -> JSONReader {
        guard case .object = value else { throw JSONShapeError(path: path, message: "expected an object") }
        guard let member = value[key] else { throw JSONShapeError(path: join(key), message: "missing") }
        return JSONReader(member, path: join(key))
    }

    /// The member `key`, nil when it is absent or `null`.
    package func optionalMember(_ key: String) throws(JSONShapeError) -> JSONReader? {
        guard case .object = value else { throw JSONShapeError(path: path, message: "expected an object") }
        guard let member = value[key], !member.isNull else { return nil }
        return JSONReader(member, path: join(key))
    }

    package func string() throws(JSONShapeError) -> String {
        guard let s = value.stringValue else { throw mismatch("a string") }
        return s
    }

    package func int() throws(JSONShapeError) -> Int {
        guard let i = value.intValue else { throw mismatch("an integer") }
        return i
    }

    package func double() throws(JSONShapeError) -> Double {
        guard let d = value.doubleValue else { throw mismatch("a number") }
        return d
    }

    package func bool() throws(JSONShapeError) -> Bool {
        guard let b = value.boolValue else { throw mismatch("true or false") }
        return b
    }

    /// The items of an array, each with its indexed path.
    package func items() throws(JSONShapeError) -> [JSONReader] {
        guard let items = value.arrayValue else { throw mismatch("an array") }
        return items.enumerated().map { JSONReader($0.element, path: "\(path)[\($0.offset)]") }
    }

    /// The members of an object in document order, each with its path.
    package func members() throws(JSONShapeError) -> [(key: String, value: JSONReader)] {
        guard let members = value.objectValue else { throw mismatch("an object") }
        return members.map { (key: $0.0, value: JSONReader($0.1, path: join($0.0))) }
    }

    /// Shorthands for a member of a given type.
    package func string(_ key: String) throws(JSONShapeError) -> String { try member(key).string() }
    package func int(_ key: String) throws(JSONShapeError) -> Int { try member(key).int() }
    package func double(_ key: String) throws(JSONShapeError) -> Double { try member(key).double() }
    package func bool(_ key: String) throws(JSONShapeError) -> Bool { try member(key).bool() }
    package func items(_ key: String) throws(JSONShapeError) -> [JSONReader] { try member(key).items() }
    package func optionalString(_ key: String) throws(JSONShapeError) -> String? {
        try optionalMember(key)?.string()
    }
    package func optionalDouble(_ key: String) throws(JSONShapeError) -> Double? {
        try optionalMember(key)?.double()
    }

    private func join(_ key: String) -> String {
        path.isEmpty ? key : path + "." + key
    }

    private func mismatch(_ expected: String) -> JSONShapeError {
        JSONShapeError(path: path, message: "expected \(expected)")
    }
}
