import LRConfig
import LRYAML

/// One swept parameter of a configuration, with its value as text.
package struct ParameterValue: Sendable, Equatable {
    /// Dotted path, e.g. `optimizer.lr`.
    package var path: String
    /// The value as written in the experiment (scalars keep their source text; lists and
    /// mappings are written in flow style, e.g. `[64, 64]`).
    package var text: String
    /// The name of a case (`sweep.cases`), nil for any other parameter.
    package var caseName: String?

    package init(path: String, text: String, caseName: String? = nil) {
        self.path = path
        self.text = text
        self.caseName = caseName
    }

    package init(_ assignment: TrialSpec.Assignment) {
        path = assignment.path
        text = Self.flow(assignment.value)
        caseName = assignment.path == SweepCase.path ? SweepCase.name(assignment.value) : nil
    }

    /// How a report shows the value: a case by its name (`sweep.cases`), anything else as
    /// written.
    package var shown: String {
        if let caseName { return caseName }
        guard path == SweepCase.path, let node = try? YAML.parseDocument(text, file: path),
            case .mapping(let pairs, _) = node.content,
            let name = pairs.first(where: { if case .scalar("name", _) = $0.key.content { true } else { false } }),
            case .scalar(let value, _) = name.value.content
        else { return text }
        return value
    }

    /// A node in one line of flow-style YAML.
    package static func flow(_ node: ConfigNode) -> String {
        switch node.content {
        case .scalar(let value, let text):
            if case .null = value { return "null" }
            return text
        case .sequence(let items):
            return "[" + items.map(flow).joined(separator: ", ") + "]"
        case .mapping(let entries):
            return "{" + entries.map { "\($0.key): \(flow($0.value))" }.joined(separator: ", ") + "}"
        }
    }
}
