/// Why a valid configuration still cannot run: a setting the engine rejects for this data
/// (a schedule length, a model for the task, a glob that matches no parameter, an unreadable
/// CSV cell). The runner turns it into a `failed` trial; it never traps.
package struct TrialError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Where the offending setting was written, when known.
    package var location: SourceLocation?
    /// Short, lowercase, identifiers in quotes.
    package var message: String

    package init(_ message: String, at location: SourceLocation? = nil) {
        self.location = location
        self.message = message
    }

    /// `file:line:col: error: message`, or just the message without a location.
    package var description: String {
        guard let location else { return message }
        return "\(location.file):\(location.line):\(location.column): error: \(message)"
    }
}

extension Experiment {
    /// Where `section.key…` was written in the merged document (the deepest node found).
    package func location(of path: String...) -> SourceLocation? {
        location(of: path)
    }

    /// Where the keys of `path` were written (the deepest node found).
    package func location(of path: [String]) -> SourceLocation? {
        var node: ConfigNode? = document
        var found: SourceLocation?
        for key in path {
            // A number steps into a list: `optimizer.param_groups.0.match`.
            if let index = Int(key), let items = node?.sequenceItems {
                node = items.indices.contains(index) ? items[index] : nil
            } else {
                node = node?[key]
            }
            if let node { found = node.location } else { break }
        }
        return found
    }
}
