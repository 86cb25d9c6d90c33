extension SectionReader {
    /// `sweep.cases`: a non-empty list of mappings, each a unique safe `name` and at least one
    /// dotted experiment path with one value valid for it.
    package mutating func checkCases(_ node: ConfigNode, path: String) {
        guard case .sequence(let items) = node.content else {
            expected("a list of cases", node, path)
            return
        }
        checkCount(items.count, 1, nil, node, path)
        var names: Set<String> = []
        for (i, item) in items.enumerated() {
            let itemPath = "\(path)[\(i)]"
            guard let entries = item.entries else {
                expected("a mapping with a 'name' and dotted paths to values", item, itemPath)
                continue
            }
            if let name = item["name"] {
                if check(name, .name, path: "\(itemPath).name").ok, case .string(let text)? = name.scalar,
                    !names.insert(text).inserted
                {
                    error(name.location, "\(itemPath).name", "case '\(text)' is named twice; each case needs its own name")
                }
            } else {
                error(item.location, itemPath, "a case needs a 'name', which labels it in reports")
            }
            let settings = entries.filter { $0.key != "name" }
            if settings.isEmpty {
                error(item.location, itemPath, "a case needs at least one dotted path to set, e.g. 'optimizer: {kind: sgd, lr: 0.1}'")
            }
            for entry in settings {
                checkAssignment(entry, path: "\(itemPath).\(entry.key)")
            }
        }
    }

    /// `sweep.objective.baseline`: a case name, or a mapping of dotted experiment paths to one
    /// value each.
    package mutating func checkConfigurationRef(_ node: ConfigNode, path: String) {
        switch node.content {
        case .scalar:
            _ = check(node, .name, path: path)
        case .mapping(let entries):
            if entries.isEmpty { error(node.location, path, "expected at least one dotted path to a value") }
            for entry in entries {
                if entry.key == SweepCase.path {
                    _ = check(entry.value, .name, path: "\(path).\(entry.key)")
                } else {
                    checkAssignment(entry, path: "\(path).\(entry.key)")
                }
            }
        case .sequence:
            expected("a case name or a mapping of dotted paths to values", node, path)
        }
    }

    /// One `path: value` of a case or baseline: the path must name a key a sweep may set, and
    /// the value must be valid for it.
    private mutating func checkAssignment(_ entry: ConfigNode.Entry, path: String) {
        guard let target = ExperimentPath.resolve(entry.key) else {
            let hint = Suggestion.hint(for: entry.key, in: ExperimentPath.all)
            error(entry.keyLocation, path, "'\(entry.key)' is not a key of the experiment\(hint)")
            return
        }
        _ = check(entry.value, target, path: path)
    }
}
