import LRYAML

/// Checks mappings against their key tables and collects every diagnostic.
package struct SectionReader {
    package var diagnostics: [Diagnostic] = []
    /// Dotted paths a sweep supplies; a required key there may be left out of the file.
    package var sweptPaths: [String] = []

    package mutating func error(_ location: SourceLocation, _ path: String, _ message: String) {
        diagnostics.append(Diagnostic(location, path: path, message))
    }

    /// Checks `node` against `spec`: unknown keys, keys that do not apply to the kind, value
    /// types and ranges, missing required keys. Returns nil when `node` is not a mapping.
    package mutating func read(_ node: ConfigNode, _ spec: SectionSpec, path: String) -> Fields? {
        guard let entries = node.entries else {
            error(node.location, path, "expected a mapping, got \(node.described)")
            return nil
        }
        var fields = Fields(spec: spec, node: node, path: path)
        fields.present = entries.map(\.key)
        if let discriminator = spec.discriminator,
            let entry = entries.first(where: { $0.key == discriminator })
        {
            let type = ValueType.choice(spec.kindNames, what: spec.family)
            if check(entry.value, type, path: fields.path(discriminator)).ok,
                case .string(let kind)? = entry.value.scalar
            {
                fields.kind = kind
                fields.values[discriminator] = entry.value
            }
        }
        for entry in entries where entry.key != spec.discriminator {
            let keyPath = fields.path(entry.key)
            let candidates = spec.keys.filter { $0.name == entry.key }
            guard !candidates.isEmpty else {
                let applicable = spec.keys.filter { k in fields.kind.map(k.applies) ?? true }
                let hint = Suggestion.closest(to: entry.key, in: applicable.map(\.name))
                    ?? Suggestion.closest(to: entry.key, in: spec.keyNames)
                let suffix = hint.map { "; did you mean '\($0)'?" } ?? ""
                error(entry.keyLocation, keyPath, "unknown key '\(entry.key)'\(suffix)")
                continue
            }
            let key: KeySpec
            if let kind = fields.kind {
                guard let match = candidates.first(where: { $0.applies(to: kind) }) else {
                    error(
                        entry.keyLocation, keyPath,
                        "'\(entry.key)' does not apply to \(spec.family) '\(kind)'")
                    continue
                }
                key = match
            } else if candidates.count == 1 {
                key = candidates[0]
            } else {
                continue  // Unknown kind: the type depends on it; the kind error says enough.
            }
            let result = check(entry.value, key.type, path: keyPath)
            if result.ok { fields.values[entry.key] = entry.value }
            if let section = result.section { fields.sections[entry.key] = section }
            if let list = result.list { fields.sectionLists[entry.key] = list }
        }
        for name in spec.keyNames where !fields.present.contains(name) {
            let required = spec.keys.contains { $0.name == name && $0.isRequired(for: fields.kind) }
            guard required, !sweptPaths.contains(fields.path(name)) else { continue }
            let forKind = spec.discriminator != nil && fields.kind != nil
                && !spec.keys.contains { $0.name == name && $0.isRequired(for: nil) }
            let suffix = forKind ? " for \(spec.family) '\(fields.kind ?? "")'" : ""
            error(node.location, path, "missing required key '\(name)'\(suffix)")
        }
        return fields
    }

    /// The outcome of checking one value.
    package struct Checked {
        var ok: Bool
        var section: Fields?
        var list: [Fields]?
    }

    /// Checks one value against a type, reporting every problem inside it.
    package mutating func check(_ node: ConfigNode, _ type: ValueType, path: String) -> Checked {
        let before = diagnostics.count
        var section: Fields?
        var list: [Fields]?
        switch type {
        case .bool:
            if case .bool? = node.scalar {} else { expected("true or false", node, path) }
        case .integer(let rule):
            switch node.scalar {
            case .int(let i)? where rule.accepts(i): break
            case .integerOutOfRange(let text)?:
                error(node.location, path, "integer \(ConfigNode.abbreviated(text)) is too large")
            default: expected(rule.phrase, node, path)
            }
        case .number(let rule):
            switch node.scalar {
            case .int(let i)? where rule.accepts(Double(i)): break
            case .float(let d)? where rule.accepts(d): break
            case .integerOutOfRange(let text)?:
                error(node.location, path, "integer \(ConfigNode.abbreviated(text)) is too large")
            default: expected(rule.phrase, node, path)
            }
        case .string:
            if case .string? = node.scalar {} else { expected("a string", node, path) }
        case .name:
            if case .string(let s)? = node.scalar, Self.isSafeName(s) {
            } else {
                expected("a safe directory name ([a-z0-9][a-z0-9_-]*)", node, path)
            }
        case .choice(let names, let what):
            checkChoice(node, names, what: what, path: path)
        case .list(let element, let minCount, let maxCount, let increasing):
            guard case .sequence(let items) = node.content else {
                expected("a list", node, path)
                break
            }
            checkCount(items.count, minCount, maxCount, node, path)
            var previous: Double?
            for (i, item) in items.enumerated() {
                let itemPath = "\(path)[\(i)]"
                guard check(item, element, path: itemPath).ok else { previous = nil; continue }
                if increasing, let value = item.number {
                    if let previous, !(value > previous) {
                        error(item.location, itemPath, "must be strictly increasing, got \(item.described) after \(NumberRule.show(previous))")
                    }
                    previous = value
                }
            }
        case .section(let id):
            section = read(node, id.spec, path: path)
        case .sectionList(let id, let minCount):
            guard case .sequence(let items) = node.content else {
                expected("a list of mappings", node, path)
                break
            }
            checkCount(items.count, minCount, nil, node, path)
            list = items.enumerated().compactMap { read($0.element, id.spec, path: "\(path)[\($0.offset)]") }
        case .numberOrChoice(let rule, let names, let what):
            switch node.scalar {
            case .string?: checkChoice(node, names, what: what, path: path)
            case .int(let i)? where rule.accepts(Double(i)): break
            case .float(let d)? where rule.accepts(d): break
            default: expected("\(names.map { "'\($0)'" }.joined(separator: ", ")) or \(rule.phrase)", node, path)
            }
        case .choiceOrList(let names, let what, let listType):
            switch node.content {
            case .scalar(.string, _): checkChoice(node, names, what: what, path: path)
            case .sequence: _ = check(node, listType, path: path)
            default: expected("\(names.map { "'\($0)'" }.joined(separator: ", ")) or a list", node, path)
            }
        case .pathOrPaths:
            switch node.content {
            case .scalar(.string, _): break
            case .sequence(let items) where !items.isEmpty:
                for (i, item) in items.enumerated() {
                    if case .string? = item.scalar {} else { expected("a path", item, "\(path)[\(i)]") }
                }
            default: expected("a path or a list of paths", node, path)
            }
        case .parameterMap:
            checkParameters(node, path: path)
        case .caseList:
            checkCases(node, path: path)
        case .configurationRef:
            checkConfigurationRef(node, path: path)
        case .freeMapping:
            if node.entries == nil { expected("a mapping", node, path) }
        case .duration:
            if Duration.seconds(node) == nil {
                expected("a duration (seconds, or a number with 's', 'm' or 'h', e.g. 90s or 1h)", node, path)
            }
        case .anything:
            break
        }
        return Checked(ok: diagnostics.count == before, section: section, list: list)
    }

    package mutating func expected(_ what: String, _ node: ConfigNode, _ path: String) {
        error(node.location, path, "expected \(what), got \(node.described)")
    }

    package mutating func checkChoice(_ node: ConfigNode, _ names: [String], what: String, path: String) {
        guard case .string(let value)? = node.scalar else {
            expected("one of \(names.joined(separator: ", "))", node, path)
            return
        }
        guard !names.contains(value) else { return }
        if let hint = Suggestion.closest(to: value, in: names) {
            error(node.location, path, "unknown \(what) '\(value)'; did you mean '\(hint)'?")
        } else {
            error(node.location, path, "unknown \(what) '\(value)'; expected one of \(names.joined(separator: ", "))")
        }
    }

    package mutating func checkCount(_ count: Int, _ minCount: Int, _ maxCount: Int?, _ node: ConfigNode, _ path: String) {
        let noun = { (n: Int) in n == 1 ? "1 value" : "\(n) values" }
        if let maxCount, maxCount == minCount, count != minCount {
            error(node.location, path, "expected exactly \(noun(minCount)), got \(count)")
        } else if count < minCount {
            error(node.location, path, "expected at least \(noun(minCount)), got \(count)")
        } else if let maxCount, count > maxCount {
            error(node.location, path, "expected at most \(noun(maxCount)), got \(count)")
        }
    }

    /// `sweep.parameters`: each key a dotted path into the experiment, each value a non-empty
    /// list of values valid for that key, or a distribution.
    package mutating func checkParameters(_ node: ConfigNode, path: String) {
        guard let entries = node.entries else {
            expected("a mapping of dotted paths to values", node, path)
            return
        }
        for entry in entries {
            let itemPath = "\(path).\(entry.key)"
            guard let target = ExperimentPath.resolve(entry.key) else {
                let hint = Suggestion.hint(for: entry.key, in: ExperimentPath.all)
                error(entry.keyLocation, itemPath, "'\(entry.key)' is not a key of the experiment\(hint)")
                continue
            }
            switch entry.value.content {
            case .sequence(let items):
                if items.isEmpty { error(entry.value.location, itemPath, "expected at least 1 value, got 0") }
                for (i, item) in items.enumerated() { _ = check(item, target, path: "\(itemPath)[\(i)]") }
            case .mapping where SweepLRFindKeys.isLRFind(entry.value):
                SweepLRFindKeys.check(entry.value, key: entry.key, path: itemPath, reader: &self)
            case .mapping:
                if let fields = read(entry.value, SectionID.distribution.spec, path: itemPath) {
                    SweepKeys.checkDistribution(fields, target: target, reader: &self)
                }
            case .scalar:
                expected("a list of values or a distribution", entry.value, itemPath)
            }
        }
    }

    /// `[a-z0-9][a-z0-9_-]*`, at most 100 characters.
    package static func isSafeName(_ s: String) -> Bool {
        let scalars = Array(s.unicodeScalars)
        guard let first = scalars.first, scalars.count <= 100 else { return false }
        func lowerOrDigit(_ c: Unicode.Scalar) -> Bool { ("a"..."z").contains(c) || ("0"..."9").contains(c) }
        return lowerOrDigit(first) && scalars.dropFirst().allSatisfy { lowerOrDigit($0) || $0 == "_" || $0 == "-" }
    }
}

extension ConfigNode {
    /// A numeric scalar as a Double.
    package var number: Double? {
        switch scalar {
        case .int(let i)?: Double(i)
        case .float(let d)?: d
        default: nil
        }
    }
}
