import LRConfig
import LRYAML

/// Short, unique names for a run's configurations, built from the values that differ between
/// them: `sgd lr=0.01 momentum=0.9` rather than `optimizer={kind: sgd, lr: 0.01, momentum: 0.9}`.
///
/// Swept mappings are read leaf by leaf (`optimizer.kind`, `optimizer.lr`, …) and only leaves
/// whose value is not the same in every configuration are named. A `kind` (or other name-like
/// key) shows as its value alone; other leaves as `key=value`, by their last key when that is
/// unique, else their whole path. Numbers are shortened to 4 significant digits, or more when
/// fewer would make two labels equal; if labels still collide, the full assignment is used.
/// When a label would be longer than 40 characters, only the leaves that tell configurations
/// apart are named (`annealing` and `step` rather than every key of each schedule).
package enum ConfigurationLabels {
    /// Keys whose value names a choice and reads well alone.
    package static let nameKeys: Set<String> = ["kind", "source", "name", "method", "policy", SweepCase.path]

    /// One label per configuration, in order.
    package static func make(_ configurations: [[ParameterValue]]) -> [String] {
        let leaves = configurations.map { $0.flatMap(Self.leaves) }
        var paths: [String] = []
        for list in leaves { for leaf in list where !paths.contains(leaf.path) { paths.append(leaf.path) } }
        let varying = paths.filter { path in
            Set(leaves.map { list in list.first { $0.path == path }?.text ?? "\u{0}absent" }).count > 1
        }
        for digits in [4, 6, 8, 17] {
            var labels = render(leaves, paths: varying, digits: digits)
            guard Set(labels).count == labels.count, !labels.contains("") else { continue }
            // Too long to read at a glance: keep only the leaves that tell configurations apart.
            if labels.contains(where: { $0.count > longLabel }) {
                let telling = distinguishing(leaves, paths: varying, digits: digits)
                let short = render(leaves, paths: telling, digits: digits)
                if Set(short).count == short.count, !short.contains("") { labels = short }
            }
            return labels
        }
        return configurations.map(full)
    }

    /// Labels longer than this are cut down to the leaves that distinguish configurations.
    package static let longLabel = 40

    package static func render(_ leaves: [[(path: String, text: String)]], paths: [String], digits: Int) -> [String] {
        let names = displayNames(paths)
        return leaves.map { list in
            paths.compactMap { path -> String? in
                guard let leaf = list.first(where: { $0.path == path }) else { return nil }
                let value = shortened(leaf.text, digits: digits)
                let key = path.split(separator: ".").last.map(String.init) ?? path
                return nameKeys.contains(key) ? value : "\(names[path] ?? path)=\(value)"
            }.joined(separator: " ")
        }
    }

    /// The paths, in order, that each tell more configurations apart than those before them.
    package static func distinguishing(_ leaves: [[(path: String, text: String)]], paths: [String], digits: Int) -> [String] {
        var kept: [String] = []
        var distinct = 1
        for path in paths where distinct < leaves.count {
            let count = Set(render(leaves, paths: kept + [path], digits: digits)).count
            if count > distinct {
                kept.append(path)
                distinct = count
            }
        }
        return kept
    }

    /// The whole assignment, e.g. `optimizer.lr=0.01, optimizer.momentum=0.9`; `default` when
    /// nothing is swept.
    package static func full(_ parameters: [ParameterValue]) -> String {
        parameters.isEmpty ? "default" : parameters.map { "\($0.path)=\($0.text)" }.joined(separator: ", ")
    }

    /// A swept value as dotted leaves: a mapping (read back from its flow text) gives one leaf
    /// per scalar or list inside it; anything else is one leaf.
    /// A named case (`sweep.cases`) is one leaf, its name: the case's settings go together.
    package static func leaves(_ parameter: ParameterValue) -> [(path: String, text: String)] {
        if let name = parameter.caseName { return [(parameter.path, name)] }
        guard parameter.text.hasPrefix("{"),
            let node = try? YAML.parseDocument(parameter.text, file: parameter.path)
        else { return [(parameter.path, parameter.text)] }
        if parameter.path == SweepCase.path, case .mapping(let pairs, _) = node.content,
            let name = pairs.first(where: { if case .scalar("name", _) = $0.key.content { true } else { false } })
        {
            return [(parameter.path, flow(name.value))]
        }
        return leaves(node, path: parameter.path)
    }

    package static func leaves(_ node: Node, path: String) -> [(path: String, text: String)] {
        switch node.content {
        case .mapping(let pairs, _):
            return pairs.flatMap { pair -> [(path: String, text: String)] in
                guard case .scalar(let key, _) = pair.key.content else { return [] }
                return leaves(pair.value, path: path + "." + key)
            }
        default:
            return [(path, flow(node))]
        }
    }

    package static func flow(_ node: Node) -> String {
        switch node.content {
        case .scalar(let text, _): text
        case .sequence(let items, _): "[" + items.map(flow).joined(separator: ", ") + "]"
        case .mapping(let pairs, _): "{" + pairs.map { "\(flow($0.key)): \(flow($0.value))" }.joined(separator: ", ") + "}"
        }
    }

    /// A number written with more digits than `digits` significant ones, shortened; other
    /// text (and lists) unchanged.
    package static func shortened(_ text: String, digits: Int) -> String {
        if text.hasPrefix("[") {
            let inner = text.dropFirst().dropLast().split(separator: ",").map {
                shortened($0.trimmingCharacters(in: .whitespaces), digits: digits)
            }
            return "[" + inner.joined(separator: ", ") + "]"
        }
        guard let value = Double(text), value.isFinite, text.contains(where: { $0 == "." || $0 == "e" || $0 == "E" })
        else { return text }
        let short = NumberText.compact(value, significant: digits)
        return short.count < text.count ? short : text
    }

    /// The last key of each path when those are unique, else the whole path.
    package static func displayNames(_ paths: [String]) -> [String: String] {
        let lasts = paths.map { String($0.split(separator: ".").last ?? Substring($0)) }
        var names: [String: String] = [:]
        for (path, last) in zip(paths, lasts) { names[path] = lasts.filter { $0 == last }.count == 1 ? last : path }
        return names
    }
}
