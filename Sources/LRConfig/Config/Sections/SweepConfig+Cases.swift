/// Decoding of `sweep.cases` and `sweep.objective.baseline`, after their shapes were checked
/// (`SectionReader.checkCases`, `checkConfigurationRef`).
package enum SweepCaseKeys {
    /// The cases as written. A parameter that sets a path a case also sets would silently
    /// replace the case's value in every configuration, so that is an error at the case's key.
    package static func decode(_ f: Fields, parameters: [SweepConfig.Parameter], reader: inout SectionReader) -> [SweepConfig.Case] {
        guard case .sequence(let items)? = f.written("cases")?.content else { return [] }
        var cases: [SweepConfig.Case] = []
        for (i, item) in items.enumerated() {
            guard case .string(let name)? = item["name"]?.scalar else { continue }
            for entry in item.entries ?? [] where entry.key != "name" {
                for leaf in leaves(entry.value, path: entry.key) {
                    guard let parameter = parameters.first(where: { overlaps($0.path, leaf) }) else { continue }
                    reader.error(entry.keyLocation, "\(f.path("cases"))[\(i)].\(entry.key)", """
                        case '\(name)' sets '\(leaf)', which 'sweep.parameters.\(parameter.path)' replaces in every \
                        configuration; set it in one place only
                        """)
                }
            }
            cases.append(.init(name: name, node: item))
        }
        return cases
    }

    /// The baseline, when it names something the sweep will have: a case that exists, in a
    /// grid sweep (the other methods choose their configurations as they run).
    package static func baseline(
        _ objective: Fields, method: SweepConfig.Method, cases: [SweepConfig.Case], reader: inout SectionReader
    ) -> SweepConfig.Baseline? {
        guard let node = objective.written("baseline") else { return nil }
        guard method == .grid else {
            reader.error(node.location, objective.path("baseline"),
                         "a baseline needs a grid sweep, whose configurations are all known before training")
            return nil
        }
        switch node.content {
        case .scalar:
            guard case .string(let name)? = node.scalar else { return nil }
            let names = cases.map(\.name)
            guard names.contains(name) else {
                let known = names.isEmpty
                    ? "; 'sweep.cases' names none (or give the values: {optimizer.kind: sgd})"
                    : Suggestion.hint(for: name, in: names)
                reader.error(node.location, objective.path("baseline"), "no case is named '\(name)'\(known)")
                return nil
            }
            return .named(name)
        case .mapping(let entries):
            return .values(entries.map { ($0.key, $0.value) })
        case .sequence:
            return nil
        }
    }

    /// The dotted paths of the scalars and lists under `node` (itself when it is one).
    package static func leaves(_ node: ConfigNode, path: String) -> [String] {
        guard let entries = node.entries, !entries.isEmpty else { return [path] }
        return entries.flatMap { leaves($0.value, path: "\(path).\($0.key)") }
    }

    /// Whether setting `a` and setting `b` touch the same value: equal, or one inside the other.
    package static func overlaps(_ a: String, _ b: String) -> Bool {
        a == b || a.hasPrefix(b + ".") || b.hasPrefix(a + ".")
    }
}
