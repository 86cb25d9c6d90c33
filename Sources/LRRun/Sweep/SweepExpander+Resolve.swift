import LRConfig

extension SweepExpander {
    /// The configuration's experiment: the values substituted into the document (without its
    /// `sweep:`, so keys a sweep was allowed to leave out are required again) and checked.
    /// Problems come back located at the sweep entries that produced them.
    package func resolve(_ draws: [SweepDraw], _ experiment: Experiment, sources: inout SourceLines)
        -> Result<Experiment, ResolveFailure>
    {
        var document = experiment.document.removing("sweep")
        for draw in draws {
            for (path, value, origin) in SweepCase.settings(draw) {
                guard let next = document.setting(path, to: value) else {
                    return .failure(ResolveFailure(diagnostics: [sources.diagnostic(
                        at: origin, path: draw.sweepPath,
                        "cannot set '\(path)': the path runs through a scalar or past the end of a list")]))
                }
                document = next
            }
        }
        let result = loader.check(document: document, file: experiment.file)
        if let resolved = result.experiment, result.isValid { return .success(resolved) }
        let diagnostics = result.diagnostics.map { relocate($0, draws: draws, sources: &sources) }
        return .failure(ResolveFailure(diagnostics: diagnostics))
    }

    /// Restates a problem of a trial at the sweep entry to blame: the one whose value the
    /// problem points at, else the one whose path contains the problem's key, else the first
    /// in the same section, else the first. The message keeps the original text (and its place
    /// when the blame is not exact) and names the other swept values of the problem's section.
    package func relocate(_ d: Diagnostic, draws: [SweepDraw], sources: inout SourceLines) -> Diagnostic {
        let at = SourceLocation(file: d.file, line: d.line, column: d.column)
        let section = { (path: String) in path.split(separator: ".").first.map(String.init) ?? path }
        let exact = draws.first { $0.value.location == at || $0.origin == at || SweepCase.writes($0, at: at) }
        let contains = draws.first { draw in
            draw.setPaths.contains { d.path == $0 || d.path.hasPrefix("\($0).") || d.path.hasPrefix("\($0)[") }
        }
        let sameSection = draws.first { section($0.path) == section(d.path) }
        guard let blamed = exact ?? contains ?? sameSection ?? draws.first else { return d }
        var message = "\(SweepCase.described(blamed)) is invalid"
        // Name the other swept values of the problem's section: the combination at fault.
        let others = draws.filter { $0.path != blamed.path && section($0.path) == section(d.path) }
            .map { $0.path == SweepCase.path ? SweepCase.described($0) : "\($0.path)=\($0.value.canonicalText)" }
        if !others.isEmpty { message += " with \(others.joined(separator: ", "))" }
        message += ": \(d.text)"
        if exact == nil, d.line > 0 { message += " (at \(d.file):\(d.line):\(d.column))" }
        var out = sources.diagnostic(at: blamed.origin, path: blamed.sweepPath, message)
        out.severity = d.severity
        return out
    }
}

/// The located problems of one configuration.
package struct ResolveFailure: Error {
    package var diagnostics: [Diagnostic]
}
