import Foundation
import LRConfig
import LRTestSupport

/// A small JSON Schema (2020-12) checker for the keywords `schemas/bundle.schema.json` uses:
/// `$ref` to `#/$defs/…`, `type`, `const`, `enum`, `required`, `properties`,
/// `additionalProperties`, `items`, `pattern`, `minimum`, `oneOf`, `anyOf`. Unknown keywords
/// fail the check, so the schema cannot silently outgrow it.
package struct SchemaCheck {
    package let root: JSONValue

    package init(root: JSONValue) { self.root = root }

    package static func bundleSchema() throws -> SchemaCheck {
        let path = TestPaths.packageRoot + "/schemas/bundle.schema.json"
        return SchemaCheck(root: try JSONValue.parse(Array(try Data(contentsOf: URL(fileURLWithPath: path)))))
    }

    /// The problems of `value` against `schema` (the root when nil); empty when it conforms.
    package func errors(_ value: JSONValue, schema: JSONValue? = nil, at path: String = "$") -> [String] {
        let schema = schema ?? root
        guard let members = schema.objectValue else { return ["\(path): schema is not an object"] }
        var errors: [String] = []
        for (keyword, argument) in members {
            switch keyword {
            case "$schema", "title", "description", "$defs":
                continue
            case "$ref":
                guard let ref = argument.stringValue, ref.hasPrefix("#/$defs/"), let target = root["$defs"]?[String(ref.dropFirst(8))]
                else { errors.append("\(path): unresolved $ref \(argument.pretty())"); continue }
                errors += self.errors(value, schema: target, at: path)
            case "type":
                let types = argument.arrayValue?.compactMap(\.stringValue) ?? [argument.stringValue ?? ""]
                if !types.contains(where: { Self.hasType(value, $0) }) { errors.append("\(path): expected \(types)") }
            case "const":
                if value != argument { errors.append("\(path): expected \(argument.pretty())") }
            case "enum":
                if !(argument.arrayValue ?? []).contains(value) { errors.append("\(path): not one of \(argument.compact())") }
            case "required":
                guard case .object = value else { continue }
                for key in argument.arrayValue?.compactMap(\.stringValue) ?? [] where value[key] == nil {
                    errors.append("\(path): missing '\(key)'")
                }
            case "properties":
                guard let object = value.objectValue else { continue }
                for (key, member) in object {
                    if let sub = argument[key] { errors += self.errors(member, schema: sub, at: "\(path).\(key)") }
                }
            case "additionalProperties":
                guard let object = value.objectValue else { continue }
                let known = schema["properties"]?.objectValue?.map(\.0) ?? []
                for (key, member) in object where !known.contains(key) {
                    if argument == .bool(false) { errors.append("\(path): unexpected '\(key)'") } else {
                        errors += self.errors(member, schema: argument, at: "\(path).\(key)")
                    }
                }
            case "items":
                for (index, item) in (value.arrayValue ?? []).enumerated() {
                    errors += self.errors(item, schema: argument, at: "\(path)[\(index)]")
                }
            case "pattern":
                guard let text = value.stringValue, let pattern = argument.stringValue else { continue }
                if text.range(of: pattern, options: .regularExpression) == nil { errors.append("\(path): \(text) does not match \(pattern)") }
            case "minimum":
                guard let number = value.doubleValue, case .number = value else {
                    if case .integer(let i) = value, let minimum = argument.doubleValue, Double(i) < minimum { errors.append("\(path): below \(minimum)") }
                    continue
                }
                if let minimum = argument.doubleValue, number < minimum { errors.append("\(path): below \(minimum)") }
            case "oneOf", "anyOf":
                let matches = (argument.arrayValue ?? []).filter { self.errors(value, schema: $0, at: path).isEmpty }.count
                if keyword == "oneOf" ? matches != 1 : matches == 0 { errors.append("\(path): \(matches) alternatives of \(keyword) match") }
            default:
                errors.append("\(path): unsupported keyword '\(keyword)'")
            }
        }
        return errors
    }

    package static func hasType(_ value: JSONValue, _ type: String) -> Bool {
        switch (type, value) {
        case ("null", .null), ("boolean", .bool), ("integer", .integer), ("number", .integer), ("number", .number),
            ("string", .string), ("array", .array), ("object", .object):
            true
        default:
            false
        }
    }
}
