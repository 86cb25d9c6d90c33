/// The error thrown when an experiment cannot be loaded: every diagnostic of the input, sorted.
public struct ConfigError: Error, Sendable, Hashable {
    public var diagnostics: [Diagnostic]

    public init(diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics
    }
}
