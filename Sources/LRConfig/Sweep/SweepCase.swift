/// How a named case (`sweep.cases`) takes part in a sweep: as one assignment at the path
/// `case` whose value is the whole case as written (`{name: sgd-fast, optimizer: {…}}`). The
/// trial id therefore hashes the case's name and settings, the bundle records both, and the
/// report labels the configuration by the name. Resolving sets each of the case's paths.
package enum SweepCase {
    /// The assignment path of a case; not a key of the experiment, so no sweep parameter can
    /// collide with it.
    package static let path = "case"

    package static func draw(_ c: SweepConfig.Case) -> SweepDraw {
        SweepDraw(path: path, value: c.node, origin: c.node.location)
    }

    /// The case's name, nil for anything else.
    package static func name(_ value: ConfigNode) -> String? {
        if case .string(let name)? = value["name"]?.scalar { name } else { nil }
    }

    /// What `draw` sets, in order: a case's paths with their values and where each was
    /// written; any other draw's one path and value.
    package static func settings(_ draw: SweepDraw) -> [(path: String, value: ConfigNode, origin: SourceLocation)] {
        guard draw.path == path else { return [(draw.path, draw.value, draw.origin)] }
        return (draw.value.entries ?? []).filter { $0.key != "name" }.map { ($0.key, $0.value, $0.keyLocation) }
    }

    /// What an assignment sets: a case's paths with their values, else its own path and value.
    package static func settings(_ assignment: TrialSpec.Assignment) -> [(path: String, value: ConfigNode)] {
        guard assignment.path == path else { return [(assignment.path, assignment.value)] }
        return (assignment.value.entries ?? []).filter { $0.key != "name" }.map { ($0.key, $0.value) }
    }

    /// Whether `at` lies on a node a case wrote (a key or any value under it).
    package static func writes(_ draw: SweepDraw, at: SourceLocation) -> Bool {
        guard draw.path == path else { return false }
        func within(_ node: ConfigNode) -> Bool {
            if node.location == at { return true }
            switch node.content {
            case .scalar: return false
            case .sequence(let items): return items.contains(where: within)
            case .mapping(let entries): return entries.contains { $0.keyLocation == at || within($0.value) }
            }
        }
        return within(draw.value)
    }

    /// `case 'sgd-fast'` for a case, `value <text>` for any other draw.
    package static func described(_ draw: SweepDraw) -> String {
        if draw.path == path, let name = name(draw.value) { return "case '\(name)'" }
        return "value \(draw.value.canonicalText)"
    }
}

extension TrialSpec {
    /// The name of the case the trial runs (`sweep.cases`), nil outside one.
    package var caseName: String? {
        assignments.first { $0.path == SweepCase.path }.flatMap { SweepCase.name($0.value) }
    }
}
