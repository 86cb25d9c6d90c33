/// Output formats of `lrlab diff`.
package enum DiffFormat: String, Sendable, CaseIterable {
    /// Indented lines for a terminal.
    case text
    /// Headed sections and tables, for pull-request comments and step summaries.
    case markdown
    /// The layout of `schemas/diff.schema.json`, keys in a fixed order.
    case json
}
