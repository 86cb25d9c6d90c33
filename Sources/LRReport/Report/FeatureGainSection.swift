import LRTrial

/// The report's "Feature information gain" section: for each configuration whose trials use
/// `entropy_gain`, its input features ranked by information gain about the target (nats, mean
/// over the configuration's seeds; ties keep feature order), with the mean weight-column scale.
/// Long lists show the `top` most informative features and the `bottom` least.
package enum FeatureGainSection {
    /// Features listed from the top of the ranking.
    package static let top = 10
    /// Features listed from the bottom when more than `top + bottom` were measured.
    package static let bottom = 3

    package struct Row: Equatable {
        var rank: Int
        var name: String
        var gain: Double
        var scale: Double
    }

    /// All features of one configuration's trials, ranked; empty when none measured gains.
    /// Trials are averaged feature by feature, matched by position (the same data gives the
    /// same features).
    package static func ranked(_ trials: [RunResult.Trial]) -> [Row] {
        let measured = trials.map(\.outcome.featureGains).filter { !$0.isEmpty }
        guard let first = measured.first else { return [] }
        let matching = measured.filter { $0.map(\.name) == first.map(\.name) }
        let n = Double(matching.count)
        let means = first.indices.map { index in
            (name: first[index].name, index: index,
             gain: matching.reduce(0) { $0 + $1[index].informationGain } / n,
             scale: matching.reduce(0) { $0 + $1[index].scale } / n)
        }
        let sorted = means.sorted { $0.gain != $1.gain ? $0.gain > $1.gain : $0.index < $1.index }
        return sorted.enumerated().map { Row(rank: $0.offset + 1, name: $0.element.name, gain: $0.element.gain, scale: $0.element.scale) }
    }

    /// The rows shown: all of them, or the top and bottom of a long ranking.
    package static func shown(_ rows: [Row]) -> [Row] {
        rows.count > top + bottom ? Array(rows.prefix(top)) + Array(rows.suffix(bottom)) : rows
    }

    /// The section's paragraphs (heading first), or nothing when no trial measured gains.
    package static func render(_ result: RunResult, _ summary: RunSummary, _ labels: ReportLabels) -> [String] {
        var out: [String] = []
        for (index, configuration) in summary.configurations.enumerated() {
            let rows = ranked(result.trials.filter { $0.spec.configurationID == configuration.id })
            guard !rows.isEmpty else { continue }
            let seeds = result.trials.filter { $0.spec.configurationID == configuration.id && !$0.outcome.featureGains.isEmpty }.count
            var intro = "`\(labels.configuration(index))`: \(rows.count) features ranked by information gain about the "
                + "target (nats, mean over \(seeds) seed\(seeds == 1 ? "" : "s")), with the scale of each feature's "
                + "first-layer weights before the variance-preserving rescale"
            intro += rows.count > top + bottom ? "; the \(top) most and \(bottom) least informative are shown." : "."
            var lines = shown(rows).map { row in
                [String(row.rank), "`\(row.name)`", ReportNumbers.value(row.gain), ReportNumbers.value(row.scale)]
            }
            if rows.count > top + bottom { lines.insert(["…", "…", "…", "…"], at: top) }
            let table = MarkdownTable(
                header: ["rank", "feature", "information gain (nats)", "scale"], rows: lines,
                rightAligned: [true, false, true, true])
            out += [intro, table.render()]
        }
        return out.isEmpty ? [] : ["## Feature information gain"] + out
    }
}
