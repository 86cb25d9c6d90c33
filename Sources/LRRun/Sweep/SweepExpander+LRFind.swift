import LRConfig
import LREngine

extension SweepExpander {
    /// `sweep` with every `{from: lr_find, …}` parameter replaced by its list of rates: the
    /// range test (`LRFind()`, its defaults) runs once on the base experiment — the seed fixes
    /// its initialisation and batches, so the rates are the same on every expansion — and
    /// each factor multiplies the chosen suggestion. A test without that suggestion, or one
    /// that cannot run, is an error at the entry.
    package func resolvingLRFind(_ sweep: SweepConfig, _ experiment: Experiment, sources: inout SourceLines)
        throws(ConfigError) -> SweepConfig
    {
        guard sweep.parameters.contains(where: { $0.lrFind != nil }) else { return sweep }
        var resolved = sweep
        var result: RangeTestResultBox?  // run once, for the first lr_find entry
        for (index, parameter) in sweep.parameters.enumerated() {
            guard let request = parameter.lrFind else { continue }
            let entry = experiment.document.value(at: "sweep.parameters")?[parameter.path]
            let location = entry?.location ?? experiment.document.location
            let path = "sweep.parameters.\(parameter.path)"
            if result == nil {
                do {
                    result = RangeTestResultBox(try LRFind().run(experiment))
                } catch {
                    throw ConfigError(diagnostics: [sources.diagnostic(
                        at: location, path: path, "the learning-rate range test failed: \(error.message)")])
                }
            }
            guard let box = result, let rate = LRFind.suggestion(request.suggestion, of: box.value.suggestions) else {
                throw ConfigError(diagnostics: [sources.diagnostic(
                    at: location, path: path,
                    "the learning-rate range test gave no '\(request.suggestion)' suggestion")])
            }
            let values = request.factors.map { factor in
                let x = rate * factor
                return ConfigNode(.scalar(.float(x), text: ConfigNode.canonicalNumber(x)), location: location)
            }
            resolved.parameters[index].values = .list(values)
        }
        return resolved
    }
}

/// Holds a range test's result while the sweep's parameters are resolved.
package struct RangeTestResultBox {
    package var value: RangeTestResult
    package init(_ value: RangeTestResult) { self.value = value }
}
