import LRConfig
import LRTrial
import LRBundle

/// What `lrlab show` prints: a bundle's configurations with the mean ± std of each final
/// metric over seeds, their statuses, and the best configuration.
enum ShowText {
    /// A heading, a table with one row per configuration (`*` marks the best), the best line.
    static func render(_ bundle: ResultBundle) -> String {
        let metrics = bundle.metrics
        let manifest = bundle.manifest
        var totals = TrialOutcome.Status.allCases.map { status in (status, metrics.trials.count { $0.status == status }) }
        totals.removeAll { $0.1 == 0 }
        var out = "\(manifest.experiment): \(manifest.trialCount) \(manifest.trialCount == 1 ? "trial" : "trials")"
        out += totals.isEmpty ? "" : " (" + totals.map { "\($0.1) \($0.0.rawValue)" }.joined(separator: ", ") + ")"
        out += ", \(manifest.format), lrlab \(manifest.lrlabVersion)\n"
        out += "objective: \(metrics.objective.metric) (\(metrics.objective.maximize ? "maximize" : "minimize"))\n"
        if let note = metrics.objective.note { out += "note: \(note)\n" }
        out += "\n"

        var paths: [String] = []
        var names: [String] = []
        for configuration in metrics.configurations {
            for parameter in configuration.parameters where !paths.contains(parameter.path) { paths.append(parameter.path) }
            for summary in configuration.metrics where !names.contains(summary.name) { names.append(summary.name) }
        }
        var rows: [[String]] = [[" ", "configuration"] + paths + ["trials"] + names]
        for configuration in metrics.configurations {
            let marker = configuration.id == metrics.best?.configuration ? "*" : " "
            let values = paths.map { path in
                configuration.parameters.first { $0.path == path }.map { $0.caseName ?? RunText.parameterText($0.value) } ?? ""
            }
            let statuses = configuration.statuses.filter { $0.count > 0 }.map { "\($0.count) \($0.status.rawValue)" }
            let cells = names.map { name in configuration.metrics.first { $0.name == name }.map(Self.cell) ?? "-" }
            rows.append([marker, configuration.id] + values + [statuses.joined(separator: ", ")] + cells)
        }
        out += Self.table(rows)
        if let best = metrics.best, let configuration = metrics.configurations.first(where: { $0.id == best.configuration }) {
            out += "\nbest: \(best.configuration)"
            out += configuration.parameters.isEmpty ? "" : " (" + (metrics.configurationLabels[configuration.id] ?? "") + ")"
            out += " \(metrics.objective.metric) \(RunText.number(best.value))\n"
        } else {
            out += "\nbest: none\n"
        }
        return out
    }

    /// `mean ± std`, `mean` for one seed, `-` without values.
    static func cell(_ summary: BundleMetrics.MetricSummary) -> String {
        guard let mean = summary.mean else { return "-" }
        guard let std = summary.std else { return RunText.number(mean) }
        return "\(RunText.number(mean)) ± \(RunText.number(std))"
    }

    /// Columns padded to their widest cell, two spaces apart, no trailing spaces.
    static func table(_ rows: [[String]]) -> String {
        var widths = [Int](repeating: 0, count: rows.first?.count ?? 0)
        for row in rows { for (i, cell) in row.enumerated() { widths[i] = max(widths[i], cell.count) } }
        return rows.map { row in
            row.enumerated().map { i, cell in cell + String(repeating: " ", count: widths[i] - cell.count) }
                .joined(separator: "  ").replacingTrailingSpaces()
        }.joined(separator: "\n") + "\n"
    }
}

extension String {
    fileprivate func replacingTrailingSpaces() -> String {
        var copy = self
        while copy.last == " " { copy.removeLast() }
        return copy
    }
}
