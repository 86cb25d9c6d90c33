import LRBundle
import LRReport

/// The terminal form of a diff: per bundle, its verdict first, then what changed in its
/// configurations, its configuration file and (with `--trials`) its trials.
package enum DiffText {
    package static func render(_ diffs: [BundleDiff], options: DiffOptions) -> String {
        let p = options.precision ?? 6
        guard !diffs.isEmpty else { return "no bundles to compare\n" }
        var lines: [String] = []
        let unchanged = diffs.filter { $0.state == .unchanged }
        for diff in diffs where diff.state != .unchanged || options.all {
            let sides = "\(diff.oldSource ?? "(none)") → \(diff.newSource ?? "(none)")"
            var head = "\(diff.path): \(DiffRenderer.headline(diff))"
            if diff.state == .changed, let detail = DiffRenderer.verdictDetail(diff, p) { head += ": " + detail }
            lines.append(head)
            lines.append("  (\(sides))")
            if diff.state == .added || diff.state == .removed {
                if !options.all { continue }
            }
            for change in diff.dataChanges {
                lines.append("  data changed: \(change.path) sha256 \(short(change.old)) → \(short(change.new))")
            }
            configurations(diff, p, &lines)
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
            if options.trials || options.all { trials(diff, p, &lines) } else {
                let changed = diff.trials.filter { $0.state != .unchanged }.count
                if changed > 0 { lines.append("  \(changed) \(changed == 1 ? "trial" : "trials") changed (--trials lists them)") }
            }
            if diff.objectiveRegressed {
                lines.append("  regression: \(diff.objective) (\(diff.maximize ? "maximize" : "minimize")) moved the wrong way beyond tolerance in a trial")
            }
            if diff.bestRegressed {
                lines.append("  regression: the best \(diff.objective) moved the wrong way beyond tolerance")
            }
            if diff.trials.contains(where: \.statusWorse) { lines.append("  regression: a trial's status got worse") }
        }
        if !options.all, !unchanged.isEmpty {
            let n = unchanged.count
            lines.append("\(n) \(n == 1 ? "bundle" : "bundles") unchanged" + (n == diffs.count ? "" : " (--all lists them)"))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The first 12 hex digits of a digest, `(none)` when absent.
    package static func short(_ digest: String?) -> String {
        digest.map { String($0.prefix(12)) } ?? "(none)"
    }

    package static func configurations(_ diff: BundleDiff, _ p: Int, _ lines: inout [String]) {
        guard !diff.configurations.isEmpty else { return }
        let tested = diff.configurations.filter { $0.test != nil }.count
        lines.append("  configurations:")
        for c in diff.configurations {
            var line = "    \(c.label): \(DiffRenderer.verdict(c))"
            let change = DiffRenderer.changeText(c)
            if !change.isEmpty { line += "; " + change }
            line += "; mean \(diff.objective) \(DiffNumber.text(c.oldMean, p)) (n=\(c.oldN)) → \(DiffNumber.text(c.newMean, p)) (n=\(c.newN))"
            if let test = c.test {
                line += ", \(test.method.name) p = \(DiffNumber.text(test.p, p))"
                if tested > 1, let adjusted = c.adjustedP { line += " (Holm over \(tested): \(DiffNumber.text(adjusted, p)))" }
                if let rank = test.signedRank { line += ", signed-rank p = \(DiffNumber.text(rank.p, p))" }
                if c.interval != nil { line += ", Δ 95 % interval \(DiffRenderer.interval(c.interval, p))" }
            }
            lines.append(line)
        }
    }

    package static func trials(_ diff: BundleDiff, _ p: Int, _ lines: inout [String]) {
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
    }
}
