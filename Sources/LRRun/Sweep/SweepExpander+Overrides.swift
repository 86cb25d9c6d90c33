import LRConfig

extension SweepExpander {
    /// A `--set` value under a path the sweep sets would be replaced in every trial without a
    /// word (`--set schedule.kind=cosine` when the sweep varies `schedule`): it is an error at
    /// the override instead, naming the sweep parameter to change.
    package func refuseReplacedOverrides(_ sweep: SweepConfig, _ experiment: Experiment, sources: inout SourceLines) throws(ConfigError) {
        var errors: [Diagnostic] = []
        let swept = sweep.parameters.map { ($0.path, "sweep.parameters") }
            + sweep.cases.flatMap { c in SweepCase.settings(SweepCase.draw(c)).map { ($0.path, "sweep.cases") } }
        var seen: Set<String> = []
        for (path, entry) in swept where seen.insert(path).inserted {
            guard let node = experiment.document.value(at: path),
                  let override = Self.firstOverride(in: node)
            else { continue }
            errors.append(sources.diagnostic(at: override.location, path: path, """
                this value is replaced by the sweep, which sets '\(path)' in every trial; \
                change '\(entry)' instead
                """))
        }
        if !errors.isEmpty { throw ConfigError(diagnostics: errors) }
    }

    /// The first node under `node` (itself included) that a `--set` wrote.
    package static func firstOverride(in node: ConfigNode) -> ConfigNode? {
        if node.location.file == OverrideSet.file { return node }
        switch node.content {
        case .scalar: return nil
        case .sequence(let items): return items.lazy.compactMap(firstOverride).first
        case .mapping(let entries): return entries.lazy.compactMap { firstOverride(in: $0.value) }.first
        }
    }
}
