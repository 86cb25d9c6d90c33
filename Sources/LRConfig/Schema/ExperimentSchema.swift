/// Generates the JSON Schema (2020-12) of the experiment file from the same key tables the
/// decoder reads, so the two cannot drift. `schemas/experiment.schema.json` is this output;
/// regenerate it with `swift run lrlab schema > schemas/experiment.schema.json`.
package enum ExperimentSchema {
    /// The schema, pretty-printed with a trailing newline.
    package static func generate() -> String {
        document().pretty() + "\n"
    }

    package static func document() -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("$schema", .string("https://json-schema.org/draft/2020-12/schema")),
            ("$id", .string("https://lrlab.dev/schemas/experiment.schema.json")),
            ("title", .string("lrlab experiment")),
        ]
        members += sectionMembers(SectionID.experiment.spec, extraRules: [functionModelRule])
        let defs = SectionID.allCases.filter { $0 != .experiment }.map { ($0.rawValue, section($0.spec)) }
        members.append(("$defs", .object(defs)))
        return .object(members)
    }

    package static func section(_ spec: SectionSpec) -> JSONValue {
        .object(sectionMembers(spec, extraRules: []))
    }

    /// `description`, `type`, `properties`, `required`, `additionalProperties: false` and one
    /// `if`/`then` per kind restricting the keys that kind accepts.
    package static func sectionMembers(_ spec: SectionSpec, extraRules: [JSONValue]) -> [(String, JSONValue)] {
        var properties: [(String, JSONValue)] = []
        for name in spec.keyNames {
            let entries = spec.keys.filter { $0.name == name }
            var distinct: [JSONValue] = []
            for entry in entries {
                let schema = value(entry.type)
                if !distinct.contains(schema) { distinct.append(schema) }
            }
            var members: [(String, JSONValue)] = [("description", .string(describe(entries)))]
            if distinct.count == 1, case .object(let typeMembers) = distinct[0] {
                members += typeMembers
            } else {
                members.append(("anyOf", .array(distinct)))
            }
            if entries.count == 1, let first = entries.first, first.kindDefaults.isEmpty,
                let value = first.defaultValue
            {
                members.append(("default", value))
            }
            properties.append((name, .object(members)))
        }
        var out: [(String, JSONValue)] = [
            ("description", .string(spec.doc)),
            ("type", .string("object")),
            ("properties", .object(properties)),
        ]
        let required = spec.keyNames.filter { name in spec.keys.contains { $0.name == name && $0.isRequired(for: nil) } }
        if !required.isEmpty { out.append(("required", .array(required.map(JSONValue.string)))) }
        out.append(("additionalProperties", .bool(false)))
        let rules = kindRules(spec) + extraRules
        if !rules.isEmpty { out.append(("allOf", .array(rules))) }
        return out
    }

    /// One `if kind == K then …` per kind: keys K does not accept are `false`, keys whose
    /// type differs by kind get K's type, and K's required keys are listed.
    package static func kindRules(_ spec: SectionSpec) -> [JSONValue] {
        guard let discriminator = spec.discriminator else { return [] }
        var rules: [JSONValue] = []
        for kind in spec.kindNames {
            var properties: [(String, JSONValue)] = []
            for name in spec.keyNames where name != discriminator {
                let entries = spec.keys.filter { $0.name == name }
                if let applicable = entries.first(where: { $0.applies(to: kind) }) {
                    if entries.count > 1 { properties.append((name, value(applicable.type))) }
                } else {
                    properties.append((name, .bool(false)))
                }
            }
            let required = spec.keyNames.filter { name in
                !spec.keys.contains { $0.name == name && $0.isRequired(for: nil) }
                    && spec.keys.contains { $0.name == name && $0.applies(to: kind) && $0.isRequired(for: kind) }
            }
            var then: [(String, JSONValue)] = []
            if !properties.isEmpty { then.append(("properties", .object(properties))) }
            if !required.isEmpty { then.append(("required", .array(required.map(JSONValue.string)))) }
            guard !then.isEmpty else { continue }
            rules.append(.object([
                ("if", .object([
                    ("properties", .object([(discriminator, .object([("const", .string(kind))]))])),
                    ("required", .array([.string(discriminator)])),
                ])),
                ("then", .object(then)),
            ]))
        }
        return rules
    }

    /// The cross-section rule of `ExperimentKeys.checkAcrossSections` that a schema can state:
    /// function models take no data and count `train.steps`; data models need data and epochs.
    package static let functionModelRule: JSONValue = .object([
        ("if", .object([
            ("properties", .object([("model", .object([
                ("properties", .object([("kind", .object([("const", .string("function"))]))])),
                ("required", .array([.string("kind")])),
            ]))])),
            ("required", .array([.string("model")])),
        ])),
        ("then", .object([
            ("properties", .object([
                ("data", .bool(false)),
                ("initializer", .bool(false)),
                ("train", .object([
                    ("properties", .object(["epochs", "batch_size", "loss", "early_stopping"].map { ($0, .bool(false)) })),
                    ("required", .array([.string("steps")])),
                ])),
            ])),
        ])),
        ("else", .object([
            ("properties", .object([
                ("train", .object([
                    ("properties", .object([("steps", .bool(false))])),
                    ("required", .array([.string("epochs")])),
                ])),
            ])),
            ("required", .array([.string("data")])),
        ])),
    ])

    package static func describe(_ entries: [KeySpec]) -> String {
        var text = entries.map(\.doc).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
            .joined(separator: " / ")
        if let kinds = entries.first?.kinds, entries.count == 1 { text += " Kinds: \(kinds.joined(separator: ", "))." }
        let defaults = entries.flatMap { entry in
            entry.kindDefaults.map { "\($0.value.pretty()) (\($0.kind))" }
        }
        if !defaults.isEmpty {
            let fallback = entries.first?.defaultValue.map { ", otherwise \($0.pretty())" } ?? ""
            text += " Default: \(defaults.joined(separator: ", "))\(fallback)."
        }
        return text
    }

    package static let largest = Double.greatestFiniteMagnitude

    /// The schema of one value type.
    package static func value(_ type: ValueType) -> JSONValue {
        switch type {
        case .bool:
            return .object([("type", .string("boolean"))])
        case .integer(let rule):
            return .object([
                ("type", .string("integer")),
                ("minimum", .integer(rule.min ?? Int.min)),
                ("maximum", .integer(rule.max ?? Int.max)),
            ])
        case .number(let rule):
            return number(rule)
        case .string:
            return .object([("type", .string("string"))])
        case .name:
            return .object([
                ("type", .string("string")), ("pattern", .string("^[a-z0-9][a-z0-9_-]*$")), ("maxLength", .integer(100)),
            ])
        case .choice(let names, _):
            return .object([("enum", .array(names.map(JSONValue.string)))])
        case .list(let element, let minCount, let maxCount, _):
            var members: [(String, JSONValue)] = [("type", .string("array")), ("items", value(element))]
            if minCount > 0 { members.append(("minItems", .integer(minCount))) }
            if let maxCount { members.append(("maxItems", .integer(maxCount))) }
            return .object(members)
        case .section(let id):
            return .object([("$ref", .string("#/$defs/\(id.rawValue)"))])
        case .sectionList(let id, let minCount):
            var members: [(String, JSONValue)] = [
                ("type", .string("array")), ("items", .object([("$ref", .string("#/$defs/\(id.rawValue)"))])),
            ]
            if minCount > 0 { members.append(("minItems", .integer(minCount))) }
            return .object(members)
        case .numberOrChoice(let rule, let names, _):
            return .object([("anyOf", .array([.object([("enum", .array(names.map(JSONValue.string)))]), number(rule)]))])
        case .choiceOrList(let names, _, let listType):
            return .object([("anyOf", .array([.object([("enum", .array(names.map(JSONValue.string)))]), value(listType)]))])
        case .pathOrPaths:
            return .object([("anyOf", .array([
                .object([("type", .string("string"))]),
                .object([("type", .string("array")), ("items", .object([("type", .string("string"))])), ("minItems", .integer(1))]),
            ]))])
        case .parameterMap:
            return .object([
                ("type", .string("object")),
                ("propertyNames", .object([("pattern", .string(dottedPath))])),
                ("additionalProperties", .object([("anyOf", .array([
                    .object([("type", .string("array")), ("minItems", .integer(1))]),
                    .object([("$ref", .string("#/$defs/distribution"))]),
                    lrFindEntry,
                ]))])),
            ])
        case .caseList:
            return .object([
                ("type", .string("array")), ("minItems", .integer(1)),
                ("items", .object([
                    ("type", .string("object")),
                    ("properties", .object([("name", value(.name))])),
                    ("required", .array([.string("name")])),
                    ("minProperties", .integer(2)),
                    ("propertyNames", .object([("pattern", .string(dottedPath))])),
                ])),
            ])
        case .configurationRef:
            return .object([("anyOf", .array([
                value(.name),
                .object([
                    ("type", .string("object")), ("minProperties", .integer(1)),
                    ("propertyNames", .object([("pattern", .string(dottedPath))])),
                ]),
            ]))])
        case .freeMapping:
            return .object([("type", .string("object"))])
        case .duration:
            return .object([("anyOf", .array([
                .object([("type", .string("number")), ("minimum", .integer(0))]),
                .object([("type", .string("string")), ("pattern", .string(Duration.pattern))]),
            ]))])
        case .anything:
            return .object([])
        }
    }

    /// A dotted experiment path, as a property name.
    package static let dottedPath = "^[a-z0-9_]+(\\.[a-z0-9_]+)*$"

    /// `{from: lr_find, suggestion, factor}`: a rate from the range test (`optimizer.lr` only,
    /// which the schema cannot tie to the key; `lrlab validate` does).
    package static var lrFindEntry: JSONValue {
        let positive = number(.positive)
        return .object([
            ("type", .string("object")),
            ("properties", .object([
                ("from", .object([("const", .string("lr_find"))])),
                ("suggestion", .object([("enum", .array(SweepLRFindKeys.suggestions.map(JSONValue.string)))])),
                ("factor", .object([("anyOf", .array([
                    positive, .object([("type", .string("array")), ("items", positive), ("minItems", .integer(1))]),
                ]))])),
            ])),
            ("required", .array([.string("from")])),
            ("additionalProperties", .bool(false)),
        ])
    }

    /// A finite number in a range; unbounded sides get ±greatestFiniteMagnitude so the
    /// schema rejects infinities too.
    package static func number(_ rule: NumberRule) -> JSONValue {
        var members: [(String, JSONValue)] = [("type", .string("number"))]
        if let min = rule.min {
            members.append((rule.minExclusive ? "exclusiveMinimum" : "minimum", .number(min)))
        } else {
            members.append(("minimum", .number(-largest)))
        }
        if let max = rule.max {
            members.append((rule.maxExclusive ? "exclusiveMaximum" : "maximum", .number(max)))
        } else {
            members.append(("maximum", .number(largest)))
        }
        return .object(members)
    }
}
