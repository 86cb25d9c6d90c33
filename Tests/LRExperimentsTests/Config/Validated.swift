import LRConfig
import LRRun

/// What validating one file decides, as `lrlab validate` reads it: valid or not, and the
/// diagnostics it prints (plain text).
struct Validated {
    var isValid: Bool
    var diagnostics: [Diagnostic]

    init(_ file: String, overrides: [String] = []) {
        let result = ExperimentValidation(files: [file], overrides: overrides).diagnostics()[0].result
        isValid = result.isValid
        diagnostics = result.diagnostics
    }

    /// The diagnostics in `format` (text: what goes to stderr).
    func rendered(_ format: DiagnosticFormat = .text) -> String {
        DiagnosticPrinter(format: format).render(diagnostics)
    }
}
