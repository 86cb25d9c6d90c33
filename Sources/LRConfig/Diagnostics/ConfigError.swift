/// The error thrown when an experiment cannot be loaded: every diagnostic of the input, sorted.
package struct ConfigError: Error, Sendable, Hashable {
    package var diagnostics: [Diagnostic]

    package init(diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics
    }
}
