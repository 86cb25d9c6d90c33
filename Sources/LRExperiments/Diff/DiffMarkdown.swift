/// The Markdown form of a diff, for pull-request comments: a section per bundle, tables.
enum DiffMarkdown {
    static func render(_ diffs: [BundleDiff], options: DiffOptions) -> String {
        let p = options.precision ?? 6
        var out = ["## lrlab diff", ""]
        guard !diffs.isEmpty else { return (out + ["No bundles to compare.", ""]).joined(separator: "\n") }
        out += ["| Bundle | Old | New | State |", "| --- | --- | --- | --- |"]
        for diff in diffs {
            out.append("| `\(diff.path)` | \(code(diff.oldSource)) | \(code(diff.newSource)) | \(diff.state.rawValue)\(diff.regression ? " (regression)" : "") |")
        }
        out.append("")
        for diff in diffs where options.all || diff.state == .changed {
            out += ["### `\(diff.path)`", ""]
            if !diff.config.isEmpty {
                out += ["#### Configuration", "", "| Key | Old | New |", "| --- | --- | --- |"]
                for c in diff.config { out.append("| `\(c.path)` | \(code(c.old)) | \(code(c.new)) |") }
                out.append("")
            }
            let statuses = diff.trials.filter { $0.state != .unchanged || options.all }
            if !statuses.isEmpty {
                out += ["#### Trials", "", "| Trial | Configuration | Seed | State | Status |", "| --- | --- | --- | --- | --- |"]
                for t in statuses {
                    let status = DiffRenderer.status(t) ?? (t.newStatus ?? t.oldStatus)?.rawValue ?? "—"
                    out.append("| `\(t.id)` | `\(t.configuration)` | \(t.seed) | \(t.state.rawValue) | \(status) |")
                }
                out.append("")
            }
            let metrics = diff.trials.flatMap { t in t.metrics.map { (t, $0) } }
            if !metrics.isEmpty {
                out += ["#### Final metrics", "", "| Trial | Metric | Old | New | Δ | Δ % |", "| --- | --- | ---: | ---: | ---: | ---: |"]
                for (t, m) in metrics {
                    out.append("| `\(t.id)` | \(m.name) | \(DiffNumber.text(m.old, p)) | \(DiffNumber.text(m.new, p)) | "
                        + "\(DiffNumber.signed(m.absolute, p)) | \(DiffNumber.percent(m.relative, p)) |")
                }
                out.append("")
            }
            let curves = diff.trials.flatMap { t in t.curves.map { (t, $0) } }
            if !curves.isEmpty {
                out += ["#### Curves", "", "| Trial | Column | First differing step | Max \\|Δ\\| |", "| --- | --- | ---: | ---: |"]
                for (t, c) in curves {
                    out.append("| `\(t.id)` | \(c.column) | \(c.firstStep.map(String.init) ?? "—") | \(DiffNumber.text(c.maxAbsolute, p)) |")
                }
                out.append("")
            }
            if !diff.seedTests.isEmpty {
                out += ["#### Seed noise (Welch's t-test)", "",
                        "| Configuration | Metric | Old mean (n) | New mean (n) | p | Verdict |", "| --- | --- | ---: | ---: | ---: | --- |"]
                for s in diff.seedTests {
                    out.append("| `\(s.configuration)` | \(s.metric) | \(DiffNumber.text(s.oldMean, p)) (\(s.oldN)) | "
                        + "\(DiffNumber.text(s.newMean, p)) (\(s.newN)) | \(DiffNumber.text(s.test.p, p)) | \(DiffRenderer.noise(s)) |")
                }
                out.append("")
            }
        }
        return out.joined(separator: "\n")
    }

    static func code(_ text: String?) -> String {
        guard let text else { return "—" }
        return "`" + text.replacingOccurrences(of: "|", with: "\\|") + "`"
    }
}
