import LRConfig

/// The two files of a bundle that other tools read: `summary.json`, flat objects keyed by
/// configuration label (what `dvc metrics show/diff` can see: DVC skips lists), and
/// `trials.csv`, one tidy row per trial (what pandas, R or a spreadsheet reads).
package enum BundleExports {
    /// `summary.json`: the objective, the best configuration, and per configuration (by label)
    /// its id, trial and status counts, and each final metric's mean, std and n over seeds.
    package static func summary(_ metrics: BundleMetrics) -> JSONValue {
        let labels = metrics.configurationLabels
        let label = { (id: String) in labels[id] ?? id }
        return .object([
            ("experiment", .string(metrics.experiment)),
            ("objective", .object([
                ("metric", .string(metrics.objective.metric)),
                ("goal", .string(metrics.objective.maximize ? "maximize" : "minimize")),
            ])),
            ("best", metrics.best.map { best in
                .object([("configuration", .string(label(best.configuration))), ("value", .double(best.value))])
            } ?? .null),
            ("configurations", .object(metrics.configurations.map { c in
                (label(c.id), .object([
                    ("id", .string(c.id)),
                    ("trials", .integer(c.trials.count)),
                    ("statuses", .object(c.statuses.map { ($0.status.rawValue, .integer($0.count)) })),
                    ("metrics", .object(c.metrics.map { m in
                        (m.name, .object([
                            ("mean", m.mean.map(JSONValue.double) ?? .null),
                            ("std", m.std.map(JSONValue.double) ?? .null),
                            ("n", .integer(m.n)),
                        ]))
                    })),
                ]))
            })),
        ])
    }

    /// `trials.csv`: `trial, configuration` (the label), `seed, status, epochs, steps`, then
    /// every final metric any trial reported, in first-seen order; an empty cell where a trial
    /// has none. Numbers as in `curve.csv` (shortest round-trip form).
    package static func trialsCSV(_ metrics: BundleMetrics) -> String {
        let labels = metrics.configurationLabels
        var names: [String] = []
        for trial in metrics.trials {
            for metric in trial.final where !names.contains(metric.name) { names.append(metric.name) }
        }
        let header = ["trial", "configuration", "seed", "status", "epochs", "steps"] + names
        var out = header.map(CurveCSV.quoted).joined(separator: ",") + "\n"
        for trial in metrics.trials {
            var cells = [
                trial.id, labels[trial.configuration] ?? trial.configuration, String(trial.seed), trial.status.rawValue,
                String(trial.epochs), String(trial.steps),
            ].map(CurveCSV.quoted)
            cells += names.map { name in trial.final.first { $0.name == name }.map { $0.value.description } ?? "" }
            out += cells.joined(separator: ",") + "\n"
        }
        return out
    }
}

extension BundleMetrics {
    /// What `summary.json` holds: per configuration by label, flat.
    package var summaryJSON: JSONValue { BundleExports.summary(self) }
}
