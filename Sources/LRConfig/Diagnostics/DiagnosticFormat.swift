/// How diagnostics are written: for people, for GitHub Actions, or for programs.
package enum DiagnosticFormat: String, Sendable, CaseIterable {
    /// `file:line:col: error: path: message`, the source line and a caret.
    case text
    /// `::error file=…,line=…,col=…::message` workflow commands.
    case github
    /// A JSON array of objects with stable key order.
    case json
}
