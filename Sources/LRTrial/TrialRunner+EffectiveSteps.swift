import LREngine

extension TrialRunner {
    /// The curve columns of the effective per-parameter rate (`EffectiveStepPercentiles`): for
    /// each layer, in the model's order, `effective_step_p10[<layer>]`, `effective_step_p50[…]`
    /// and `effective_step_p90[…]`. Filled on the rows that measured them (each epoch's last
    /// update; every update of a function model), empty elsewhere; absent for optimizers whose
    /// rate is the same for every parameter.
    package static func effectiveStepColumns(_ layers: [String]) -> [String] {
        layers.flatMap { layer in ["p10", "p50", "p90"].map { "effective_step_\($0)[\(layer)]" } }
    }

    /// The layers the records measured, in order of first appearance.
    package static func effectiveStepLayers(_ steps: [StepRecord]) -> [String] {
        var layers: [String] = []
        for record in steps {
            for entry in record.effectiveSteps ?? [] where !layers.contains(entry.layer) {
                layers.append(entry.layer)
            }
        }
        return layers
    }

    /// The cells of `record` for `effectiveStepColumns(layers)`.
    package static func effectiveStepCells(_ record: StepRecord, _ layers: [String]) -> [Double?] {
        layers.flatMap { layer -> [Double?] in
            guard let entry = record.effectiveSteps?.first(where: { $0.layer == layer }) else { return [nil, nil, nil] }
            return [entry.p10, entry.p50, entry.p90]
        }
    }
}
