/// `sweep.parameters.optimizer.lr: {from: lr_find, suggestion: valley, factor: [0.1, 1, 10]}`:
/// rates taken from a learning-rate range test on the base experiment (`LRFind` with its
/// defaults), resolved when the sweep expands (`SweepExpander.resolvingLRFind`).
package enum SweepLRFindKeys {
    package static let suggestions = ["valley", "steepest", "minimum"]
    package static let keys = ["from", "suggestion", "factor"]

    /// Whether a parameter entry asks for range-test rates.
    package static func isLRFind(_ node: ConfigNode) -> Bool { node["from"] != nil }

    /// Checks one `{from: lr_find, …}` entry for the key `path` (only `optimizer.lr`).
    package static func check(_ node: ConfigNode, key: String, path: String, reader: inout SectionReader) {
        guard let entries = node.entries else { return }
        if key != "optimizer.lr" {
            reader.error(node.location, path, "'from: lr_find' applies to 'optimizer.lr' only")
        }
        for entry in entries where !keys.contains(entry.key) {
            reader.error(entry.keyLocation, "\(path).\(entry.key)",
                         "unknown key '\(entry.key)'\(Suggestion.hint(for: entry.key, in: keys))")
        }
        if let from = node["from"] {
            if case .string("lr_find")? = from.scalar {} else {
                reader.error(from.location, "\(path).from", "expected 'lr_find', got \(from.described)")
            }
        }
        if let suggestion = node["suggestion"] {
            reader.checkChoice(suggestion, suggestions, what: "suggestion", path: "\(path).suggestion")
        }
        if let factor = node["factor"] {
            let items: [ConfigNode]
            if case .sequence(let list) = factor.content { items = list } else { items = [factor] }
            if items.isEmpty { reader.error(factor.location, "\(path).factor", "expected at least 1 value, got 0") }
            for item in items {
                guard let x = item.number, x > 0, x.isFinite else {
                    reader.error(item.location, "\(path).factor", "expected a positive number, got \(item.described)")
                    continue
                }
            }
        }
    }

    /// The suggestion name and factors of a checked entry.
    package static func decode(_ node: ConfigNode) -> (suggestion: String, factors: [Double]) {
        let suggestion: String
        if case .string(let s)? = node["suggestion"]?.scalar { suggestion = s } else { suggestion = "valley" }
        var factors: [Double] = [1]
        if let factor = node["factor"] {
            if case .sequence(let list) = factor.content { factors = list.compactMap(\.number) } else if let x = factor.number {
                factors = [x]
            }
        }
        return (suggestion, factors)
    }
}
