/// The error thrown when an experiment cannot be loaded: every diagnostic of the input, sorted.
public struct ConfigError: Error, Sendable, Hashable {
    /// Every problem found, errors and warnings, in the order a compiler would print them.
    public var diagnostics: [Diagnostic]

    package init(diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics
    }
}
