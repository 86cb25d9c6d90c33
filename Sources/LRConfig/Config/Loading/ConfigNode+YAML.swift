import LRYAML

extension ConfigNode {
    /// The node as a YAML tree (file names dropped, marks kept), e.g. to write the resolved
    /// experiment with `YAML.emit`.
    package var yamlNode: Node {
        let mark = Mark(line: location.line, column: location.column)
        switch content {
        case .scalar(let value, _):
            return Node(value, mark: mark)
        case .sequence(let items):
            return Node(.sequence(items.map(\.yamlNode), .block), mark: mark)
        case .mapping(let entries):
            let pairs = entries.map { entry in
                Node.Pair(
                    key: Node(.string(entry.key), mark: Mark(line: entry.keyLocation.line, column: entry.keyLocation.column)),
                    value: entry.value.yamlNode)
            }
            return Node(.mapping(pairs, .block), mark: mark)
        }
    }
}

extension Experiment {
    /// The merged document (bases, file and `--set` overrides) as canonical YAML.
    package func resolvedYAML() throws(YAMLError) -> String {
        try YAML.emit(document.yamlNode)
    }
}
