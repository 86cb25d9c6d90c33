import LRYAML

/// `--set dotted.path=value` overrides, and `--set ~dotted.path` to remove a key (as Hydra's
/// `~key`). The value is parsed as YAML (`0.01` is a number, `[32, 32]` a list); argument N is
/// line N of the pseudo-file `<command line>`, so errors read `<command line>:1:14: error: …`
/// with the argument as the source line.
package enum OverrideSet {
    package static let file = "<command line>"

    /// The keys of a dotted path, where `[…]` holds one key taken as written, dots included:
    /// `sweep.parameters[optimizer.lr]` is `sweep`, `parameters`, `optimizer.lr`. Nil for an
    /// empty key or unbalanced brackets.
    package static func keys(_ path: String) -> [String]? {
        var keys: [String] = []
        var current = ""
        var bracketed = false
        var closed = false  // just after `]`: only `.`, `[` or the end may follow
        for c in path {
            if bracketed {
                if c == "]" {
                    guard !current.isEmpty else { return nil }
                    keys.append(current)
                    current = ""
                    bracketed = false
                    closed = true
                } else {
                    current.append(c)
                }
                continue
            }
            switch c {
            case ".":
                if closed { closed = false; continue }
                guard !current.isEmpty else { return nil }
                keys.append(current)
                current = ""
            case "[":
                guard current.isEmpty || !closed else { return nil }
                if !current.isEmpty { keys.append(current); current = "" }
                bracketed = true
                closed = false
            case "]":
                return nil
            default:
                guard !closed else { return nil }
                current.append(c)
            }
        }
        guard !bracketed else { return nil }
        if !current.isEmpty { keys.append(current) } else if !closed { return nil }
        return keys
    }
}

extension LoadSession {
    /// Applies each override in order to `root`; reports malformed arguments.
    package mutating func applyOverrides(_ overrides: [String], to root: ConfigNode) -> ConfigNode {
        var root = root
        for (index, argument) in overrides.enumerated() {
            let line = index + 1
            sources[OverrideSet.file, default: []].append(argument)
            let at = { (column: Int) in SourceLocation(file: OverrideSet.file, line: line, column: column) }
            if argument.hasPrefix("~"), !argument.contains("=") {
                let pathText = String(argument.dropFirst())
                let components = OverrideSet.keys(pathText) ?? []
                if components.isEmpty || components.count > limits.maxDepth {
                    error(at(2), "", "'\(ConfigNode.abbreviated(pathText))' is not a dotted path")
                } else if components[0] == "extends" {
                    error(at(2), pathText, "'extends' cannot be set from the command line")
                } else if !root.remove(components[...]) {
                    error(at(2), pathText, "there is no '\(ConfigNode.abbreviated(pathText))' to remove")
                }
                continue
            }
            guard let equals = argument.firstIndex(of: "=") else {
                error(at(1), "", "expected 'path=value', got '\(ConfigNode.abbreviated(argument))'")
                continue
            }
            let pathText = String(argument[..<equals])
            guard let components = OverrideSet.keys(pathText) else {
                error(at(1), "", "'\(ConfigNode.abbreviated(pathText))' is not a dotted path "
                    + "(a key with dots goes in brackets: sweep.parameters[optimizer.lr])")
                continue
            }
            // The path becomes nested mappings; deeper than YAML itself allows would only
            // exhaust the stack in `set(_:to:keyLocations:)`.
            guard components.count <= limits.maxDepth else {
                error(at(1), "", "'\(ConfigNode.abbreviated(pathText))' has \(components.count) parts; "
                    + "at most \(limits.maxDepth) are allowed")
                continue
            }

            guard components[0] != "extends" else {
                error(at(1), pathText, "'extends' cannot be set from the command line")
                continue
            }
            // Each key's column: where its text starts in the argument (inside brackets too).
            var keyColumns: [Int] = []
            var searchFrom = pathText.startIndex
            for component in components {
                let found = pathText.range(of: component, range: searchFrom..<pathText.endIndex)
                keyColumns.append((found.map { pathText.distance(from: pathText.startIndex, to: $0.lowerBound) } ?? 0) + 1)
                if let found { searchFrom = found.upperBound }
            }
            let valueColumn = pathText.count + 2
            let valueText = String(argument[argument.index(after: equals)...])
            var value: ConfigNode
            do {
                if let node = try YAML.parseDocument(valueText, file: OverrideSet.file, limits: limits) {
                    var local: [Diagnostic] = []
                    value = ConfigNode.wrap(node, file: OverrideSet.file, diagnostics: &local)
                    value.relocate(line: line, columnOffset: valueColumn - 1)
                    for var d in local {
                        if d.line == 1 { d.column += valueColumn - 1 }
                        d.line = line
                        diagnostics.append(d)
                    }
                } else {
                    value = ConfigNode(.scalar(.null, text: ""), location: at(valueColumn))
                }
            } catch {
                let column = error.mark.line == 1 ? error.mark.column + valueColumn - 1 : valueColumn
                self.error(at(column), pathText, error.message)
                continue
            }
            let locations = keyColumns.map(at)
            if let problem = root.set(components[...], to: value, keyLocations: locations[...]) {
                error(at(1), pathText, problem)
            }
        }
        return root
    }
}

extension ConfigNode {
    /// Removes the key at a dotted path (list items by index); false when there is none.
    package mutating func remove(_ path: ArraySlice<String>) -> Bool {
        guard let key = path.first else { return false }
        switch content {
        case .mapping(var entries):
            guard let i = entries.lastIndex(where: { $0.key == key }) else { return false }
            if path.count == 1 {
                entries.remove(at: i)
                content = .mapping(entries)
                return true
            }
            let removed = entries[i].value.remove(path.dropFirst())
            content = .mapping(entries)
            return removed
        case .sequence(var items):
            guard path.count > 1, let i = Int(key), items.indices.contains(i) else { return false }
            let removed = items[i].remove(path.dropFirst())
            content = .sequence(items)
            return removed
        case .scalar:
            return false
        }
    }

    /// Moves every mark of a parsed `--set` value onto argument line `line`.
    package mutating func relocate(line: Int, columnOffset: Int) {
        if location.line == 1 { location.column += columnOffset }
        location.line = line
        switch content {
        case .scalar: break
        case .sequence(var items):
            for i in items.indices { items[i].relocate(line: line, columnOffset: columnOffset) }
            content = .sequence(items)
        case .mapping(var entries):
            for i in entries.indices {
                if entries[i].keyLocation.line == 1 { entries[i].keyLocation.column += columnOffset }
                entries[i].keyLocation.line = line
                entries[i].value.relocate(line: line, columnOffset: columnOffset)
            }
            content = .mapping(entries)
        }
    }

    /// Sets the value at a dotted path, creating mappings on the way; list items by index.
    /// Returns a message when the path runs through a scalar.
    package mutating func set(_ path: ArraySlice<String>, to value: ConfigNode,
                      keyLocations: ArraySlice<SourceLocation>) -> String? {
        guard let key = path.first, let keyLocation = keyLocations.first else {
            self = value
            return nil
        }
        switch content {
        case .mapping(var entries):
            if let i = entries.lastIndex(where: { $0.key == key }) {
                let problem = entries[i].value.set(path.dropFirst(), to: value, keyLocations: keyLocations.dropFirst())
                entries[i].keyLocation = keyLocation
                content = .mapping(entries)
                return problem
            }
            var child = ConfigNode(.mapping([]), location: keyLocation)
            if let problem = child.set(path.dropFirst(), to: value, keyLocations: keyLocations.dropFirst()) {
                return problem
            }
            entries.append(Entry(key: key, keyLocation: keyLocation, value: child))
            content = .mapping(entries)
            return nil
        case .sequence(var items):
            guard let i = Int(key), items.indices.contains(i) else {
                return "'\(key)' is not an index of the list at \(location.file):\(location.line):\(location.column)"
            }
            let problem = items[i].set(path.dropFirst(), to: value, keyLocations: keyLocations.dropFirst())
            content = .sequence(items)
            return problem
        case .scalar:
            return "cannot set '\(key)' inside the scalar at \(location.file):\(location.line):\(location.column)"
        }
    }
}

extension ConfigNode {
    /// A copy with the value at a dotted path replaced (mappings created on the way, list
    /// items by index), or nil when the path runs through a scalar. Used to build sweep trials.
    package func setting(_ dottedPath: String, to value: ConfigNode) -> ConfigNode? {
        let parts = dottedPath.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard !parts.contains(where: \.isEmpty) else { return nil }
        var copy = self
        let locations = Array(repeating: value.location, count: parts.count)
        return copy.set(parts[...], to: value, keyLocations: locations[...]) == nil ? copy : nil
    }
}
