/// The terminal form of a diff: one block per bundle, indented lines.
enum DiffText {
    static func render(_ diffs: [BundleDiff], options: DiffOptions) -> String {
        let p = options.precision ?? 6
        guard !diffs.isEmpty else { return "no bundles to compare\n" }
        var lines: [String] = []
        for diff in diffs {
            let sides = "\(diff.oldSource ?? "(none)") → \(diff.newSource ?? "(none)")"
            lines.append("\(diff.path): \(diff.state.rawValue) (\(sides))")
            if diff.state == .added || diff.state == .removed {
                if !options.all { continue }
            }
            if !diff.config.isEmpty {
                lines.append("  config:")
                for change in diff.config {
                    let mark = change.changed ? "" : " (unchanged)"
                    lines.append("    \(change.path): \(change.old ?? "(absent)") → \(change.new ?? "(absent)")\(mark)")
                }
            }
            // Bytes that differ with no configuration or trial change to show for it: say which.
            let explained = diff.config.contains(where: \.changed) || diff.trials.contains { $0.state != .unchanged }
            if !diff.differingFiles.isEmpty, !explained {
                lines.append("  files whose bytes differ: " + diff.differingFiles.joined(separator: ", "))
            }
            for trial in diff.trials {
                lines.append("  trial \(trial.id) (configuration \(trial.configuration), seed \(trial.seed)): \(trial.state.rawValue)")
                if let status = DiffRenderer.status(trial) { lines.append("    status: \(status)") }
                for m in trial.metrics {
                    var line = "    \(m.name): \(DiffNumber.text(m.old, p)) → \(DiffNumber.text(m.new, p))"
                    if m.old != nil, m.new != nil {
                        line += " (\(DiffNumber.signed(m.absolute, p)), \(DiffNumber.percent(m.relative, p)))"
                    }
                    lines.append(line)
                }
                for c in trial.curves {
                    var line = "    curve \(c.column): "
                    if let step = c.firstStep { line += "first differs at step \(step)" } else { line += "same" }
                    line += ", max |Δ| \(DiffNumber.text(c.maxAbsolute, p))"
                    if c.oldRows != c.newRows { line += ", rows \(c.oldRows.map(String.init) ?? "—") → \(c.newRows.map(String.init) ?? "—")" }
                    lines.append(line)
                }
            }
            for test in diff.seedTests {
                lines.append(
                    "  configuration \(test.configuration): mean \(test.metric) \(DiffNumber.text(test.oldMean, p)) (n=\(test.oldN)) → "
                        + "\(DiffNumber.text(test.newMean, p)) (n=\(test.newN)); \(test.test.method.name) p = \(DiffNumber.text(test.test.p, p))"
                        + (diff.seedTests.count > 1 ? " (Holm over \(diff.seedTests.count): \(DiffNumber.text(test.adjustedP, p)))" : "")
                        + (test.test.signedRank.map { ", signed-rank p = \(DiffNumber.text($0.p, p))" } ?? "")
                        + (test.interval == nil ? "" : ", Δ 95 % interval \(DiffRenderer.interval(test, p))")
                        + ": " + DiffRenderer.noise(test))
            }
            if diff.objectiveRegressed {
                lines.append("  regression: \(diff.objective) (\(diff.maximize ? "maximize" : "minimize")) moved the wrong way beyond tolerance")
            }
            if diff.trials.contains(where: \.statusWorse) { lines.append("  regression: a trial's status got worse") }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
