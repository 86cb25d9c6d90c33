import LRTestSupport
import Testing
@testable import LRYAML

/// YAML source with its expected error position marked inline by `‸` (see `MarkedSource`).
struct Marked {
    var text: String
    var mark: Mark

    init(_ source: String) {
        let marked = MarkedSource(source)
        text = marked.text
        mark = marked.positions.first.map { Mark(line: $0.line, column: $0.column) } ?? Mark(line: 0, column: 0)
    }
}

/// Parses `source` strictly and returns the error it must throw, checking it is located at
/// the `‸` marker and names the file.
@discardableResult
func expectError(
    _ source: String, _ fragment: String, limits: YAMLLimits = .default,
    sourceLocation: SourceLocation = #_sourceLocation
) -> YAMLError? {
    let marked = Marked(source)
    do {
        let node = try YAML.parseDocument(marked.text, file: "exp.yaml", limits: limits)
        Issue.record("expected an error containing \"\(fragment)\", got \(String(describing: node))",
                     sourceLocation: sourceLocation)
        return nil
    } catch {
        #expect(error.file == "exp.yaml", sourceLocation: sourceLocation)
        #expect(error.mark == marked.mark, "\(error)", sourceLocation: sourceLocation)
        #expect(error.message.contains(fragment), "\(error)", sourceLocation: sourceLocation)
        return error
    }
}

/// Parses `source` strictly; records an issue and returns nil on failure.
func parse(_ source: String, sourceLocation: SourceLocation = #_sourceLocation) -> Node? {
    do {
        let node = try YAML.parseDocument(source, file: "exp.yaml")
        if node == nil { Issue.record("empty document", sourceLocation: sourceLocation) }
        return node
    } catch {
        Issue.record("unexpected error: \(error)", sourceLocation: sourceLocation)
        return nil
    }
}
