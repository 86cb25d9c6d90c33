/// One trial of a bundle as a Swift program reads it (``ResultBundle/trials``).
public struct BundleTrial: Sendable, Equatable {
    /// The trial id: a hash of its configuration and seed.
    public var id: String
    /// The configuration id the trial shares with its other seeds.
    public var configuration: String
    /// The trial's seed (its `init` and `shuffle` streams derive from it).
    public var seed: Int
    /// `ok`, `stopped`, `diverged`, `failed` or `pruned`.
    public var status: String
    /// The metrics at the end of training (`loss`, `val_loss`, `val_accuracy`, …), in the
    /// bundle's order.
    public var finalMetrics: [(name: String, value: Double)]

    /// Equal fields, metrics compared in order by name and value.
    public static func == (a: BundleTrial, b: BundleTrial) -> Bool {
        a.id == b.id && a.configuration == b.configuration && a.seed == b.seed && a.status == b.status
            && a.finalMetrics.elementsEqual(b.finalMetrics) { $0.name == $1.name && $0.value == $1.value }
    }
}

extension ResultBundle {
    /// Every trial, in the bundle's order.
    public var trials: [BundleTrial] {
        metrics.trials.map { trial in
            BundleTrial(
                id: trial.id, configuration: trial.configuration, seed: trial.seed, status: trial.status.rawValue,
                finalMetrics: trial.final.map { ($0.name, $0.value) })
        }
    }
}
