import LRConfig
import LRYAML

/// Source lines of the files diagnostics point into, read once each, for the caret display.
package struct SourceLines {
    private var lines: [String: [String]] = [:]  // looked up only, never iterated

    /// A diagnostic at `location` with its source line attached when the file can be read.
    package mutating func diagnostic(at location: SourceLocation, path: String, severity: Diagnostic.Severity = .error,
                             _ message: String) -> Diagnostic {
        var d = Diagnostic(location, path: path, message)
        d.severity = severity
        d.sourceLine = line(location)
        return d
    }

    /// The text of the line `location` points at, nil when unknown.
    package mutating func line(_ location: SourceLocation) -> String? {
        if lines[location.file] == nil, case .success(let bytes) = FilePath.read(location.file),
            bytes.count <= YAMLLimits.default.maxInputBytes
        {
            lines[location.file] = LoadSession.lines(bytes)
        }
        guard let all = lines[location.file], location.line >= 1, location.line <= all.count else { return nil }
        return all[location.line - 1]
    }
}
