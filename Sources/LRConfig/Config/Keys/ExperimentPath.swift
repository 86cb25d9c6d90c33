/// Dotted paths into the experiment (`optimizer.lr`, `model.hidden`), as used by sweeps and
/// `--set`, resolved against the key tables.
package enum ExperimentPath {
    /// Top-level keys that a sweep may not vary.
    package static let fixed: Set<String> = ["version", "name", "extends", "sweep"]

    /// The type of the value at a dotted path, nil when the path names no key. A key whose type
    /// differs by kind (`schedule.step_size`) resolves to `.anything` here; the trial's own
    /// validation checks it against the kind.
    package static func resolve(_ dotted: String) -> ValueType? {
        let parts = dotted.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard let first = parts.first, !fixed.contains(first) else { return nil }
        var type = ValueType.section(.experiment)
        var isFree = false
        for part in parts {
            if isFree {
                // Inside a pass-through mapping every path is the trainer's to interpret.
                guard !part.isEmpty else { return nil }
                type = .anything
                continue
            }
            switch type {
            case .section(let id):
                let candidates = id.spec.keys.filter { $0.name == part }
                guard let key = candidates.first else { return nil }
                let sameType = candidates.allSatisfy { $0.type == key.type }
                type = sameType ? key.type : .anything
                isFree = sameType && { if case .freeMapping = key.type { true } else { false } }()
                if id.spec.discriminator == part {
                    type = .choice(id.spec.kindNames, what: id.spec.family)
                }
            case .sectionList(let id, _):
                guard Int(part) != nil else { return nil }
                type = .section(id)
            case .list(let element, _, _, _):
                guard Int(part) != nil else { return nil }
                type = element
            default:
                return nil
            }
        }
        return type
    }

    /// Every dotted path to a key of a section, in table order (for suggestions).
    package static let all: [String] = {
        var out: [String] = []
        func walk(_ id: SectionID, _ prefix: String) {
            for name in id.spec.keyNames {
                let path = prefix.isEmpty ? name : "\(prefix).\(name)"
                if prefix.isEmpty, fixed.contains(name) { continue }
                out.append(path)
                if case .section(let child)? = id.spec.keys.first(where: { $0.name == name })?.type {
                    walk(child, path)
                }
            }
        }
        walk(.experiment, "")
        return out
    }()
}
