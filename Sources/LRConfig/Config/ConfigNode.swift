import LRYAML

/// A YAML node that remembers the file it came from, so a tree merged from several files
/// (`extends:`, `--set`) still reports each error where its text was written.
package struct ConfigNode: Sendable {
    /// The value of a node; mapping keys are strings (the experiment format has no other keys).
    package indirect enum Content: Sendable {
        /// A scalar resolved by the YAML 1.2 core schema, with its source text.
        case scalar(ScalarValue, text: String)
        case sequence([ConfigNode])
        case mapping([Entry])
    }

    /// One `key: value` pair of a mapping.
    package struct Entry: Sendable {
        package var key: String
        /// Where the key itself was written (unknown keys are reported here).
        package var keyLocation: SourceLocation
        package var value: ConfigNode

        package init(key: String, keyLocation: SourceLocation, value: ConfigNode) {
            self.key = key
            self.keyLocation = keyLocation
            self.value = value
        }
    }

    package var content: Content
    package var location: SourceLocation

    package init(_ content: Content, location: SourceLocation) {
        self.content = content
        self.location = location
    }

    /// The entries of a mapping, nil for other nodes.
    package var entries: [Entry]? {
        if case .mapping(let entries) = content { entries } else { nil }
    }

    /// The value for `key` in a mapping.
    package subscript(key: String) -> ConfigNode? {
        entries?.last { $0.key == key }?.value
    }

    /// The resolved scalar value, nil for collections.
    package var scalar: ScalarValue? {
        if case .scalar(let value, _) = content { value } else { nil }
    }

    /// A short description of the node for "got …" in messages.
    package var described: String {
        switch content {
        case .scalar(let value, let text):
            switch value {
            case .null: "null"
            case .string: "\"\(Self.abbreviated(text))\""
            default: Self.abbreviated(text)
            }
        case .sequence: "a list"
        case .mapping: "a mapping"
        }
    }

    package static func abbreviated(_ text: String) -> String {
        let oneLine = DiagnosticPrinter.printable(text)
        return oneLine.count > 40 ? String(oneLine.prefix(37)) + "..." : oneLine
    }
}

extension ConfigNode {
    /// Wraps a parsed YAML node, tagging every node with `file`. Non-string mapping keys are
    /// reported and skipped.
    package static func wrap(_ node: Node, file: String, diagnostics: inout [Diagnostic]) -> ConfigNode {
        let location = SourceLocation(file: file, mark: node.mark)
        switch node.content {
        case .scalar(let text, _):
            return ConfigNode(.scalar(node.scalarValue ?? .string(text), text: text), location: location)
        case .sequence(let items, _):
            let wrapped = items.map { wrap($0, file: file, diagnostics: &diagnostics) }
            return ConfigNode(.sequence(wrapped), location: location)
        case .mapping(let pairs, _):
            var entries: [Entry] = []
            for pair in pairs {
                let keyLocation = SourceLocation(file: file, mark: pair.key.mark)
                guard case .scalar(let text, _) = pair.key.content,
                    case .string(let key)? = pair.key.scalarValue ?? .string(text)
                else {
                    diagnostics.append(Diagnostic(keyLocation, path: "", "keys must be strings"))
                    continue
                }
                let value = wrap(pair.value, file: file, diagnostics: &diagnostics)
                entries.append(Entry(key: key, keyLocation: keyLocation, value: value))
            }
            return ConfigNode(.mapping(entries), location: location)
        }
    }
}

extension ConfigNode {
    /// The items of a sequence, nil for other nodes.
    package var sequenceItems: [ConfigNode]? {
        if case .sequence(let items) = content { items } else { nil }
    }
}
