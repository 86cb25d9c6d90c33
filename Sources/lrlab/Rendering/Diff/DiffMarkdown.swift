import LRBundle
import LRReport

/// The Markdown form of a diff, for pull-request comments: one summary table with each
/// bundle's verdict, then each changed bundle's details folded in `<details>`.
package enum DiffMarkdown {
    package static func render(_ diffs: [BundleDiff], options: DiffOptions) -> String {
        let p = options.precision ?? 6
        var out = ["## lrlab diff", ""]
        guard !diffs.isEmpty else { return (out + ["No bundles to compare.", ""]).joined(separator: "\n") }
        let shown = diffs.filter { options.all || $0.state != .unchanged }
        if !shown.isEmpty {
            out += ["| Bundle | Verdict | Best (old → new) | Δ | Test |", "| --- | --- | --- | ---: | --- |"]
            for diff in shown { out.append(summaryRow(diff, p)) }
            out.append("")
        }
        let unchanged = diffs.count - diffs.filter { $0.state != .unchanged }.count
        if unchanged > 0, !options.all {
            out += ["\(unchanged) \(unchanged == 1 ? "bundle" : "bundles") unchanged.", ""]
        }
        for diff in diffs where options.all || diff.state == .changed {
            out += ["<details><summary>\(html(diff.path)): configurations, settings\(options.trials || options.all ? " and trials" : "")</summary>", ""]
            out.append("\(code(diff.oldSource)) → \(code(diff.newSource))")
            out.append("")
            if !diff.dataChanges.isEmpty {
                out += ["**Data changed:** " + diff.dataChanges.map {
                    "\(code($0.path)) \(code(DiffText.short($0.old))) → \(code(DiffText.short($0.new)))"
                }.joined(separator: ", "), ""]
            }
            configurations(diff, p, &out)
            if !diff.config.isEmpty {
                out += ["#### Settings (`config.yaml`)", "", "| Key | Old | New |", "| --- | --- | --- |"]
                for c in diff.config { out.append("| \(code(c.path)) | \(code(c.old)) | \(code(c.new)) |") }
                out.append("")
            }
            let explained = diff.config.contains(where: \.changed) || diff.trials.contains { $0.state != .unchanged }
            if !diff.differingFiles.isEmpty, !explained || options.all {
                out += ["#### Files whose bytes differ", ""] + diff.differingFiles.map { "- \(code($0))" } + [""]
            }
            if options.trials || options.all { trials(diff, p, &out) }
            out += ["</details>", ""]
        }
        return out.joined(separator: "\n")
    }

    /// The bundle's row of the summary table.
    package static func summaryRow(_ diff: BundleDiff, _ p: Int) -> String {
        let headline = DiffRenderer.headline(diff)
        let verdict = headline + (diff.regression && headline != "regressed" ? " (regression)" : "")
        guard diff.state == .changed, let v = diff.verdict else {
            return "| \(code(diff.path)) | \(verdict) | — | — | — |"
        }
        func side(_ s: DiffVerdict.Side?) -> String {
            s.map { "\(DiffNumber.text($0.value, p)) (\(code($0.label)))" } ?? "—"
        }
        let best = "\(plain(diff.objective)): \(side(v.old)) → \(side(v.new))"
        let test = v.test.map { "\($0.method.name) p = \(DiffNumber.text($0.p, p))" } ?? "—"
        return "| \(code(diff.path)) | \(verdict) | \(best) | \(DiffNumber.signed(v.delta, p)) | \(test) |"
    }

    package static func configurations(_ diff: BundleDiff, _ p: Int, _ out: inout [String]) {
        guard !diff.configurations.isEmpty else { return }
        out += ["#### Configurations (mean \(plain(diff.objective)); t-test paired by seed when both sides ran the same seeds, Holm-corrected)", "",
                "| Configuration | Change | Old mean (n) | New mean (n) | Δ 95 % interval | Test | p | Signed-rank p | Holm p | Verdict |",
                "| --- | --- | ---: | ---: | --- | --- | ---: | ---: | ---: | --- |"]
        for c in diff.configurations {
            let change = DiffRenderer.changeText(c)
            out.append("| \(code(c.label)) | \(change.isEmpty ? "—" : code(change)) | \(DiffNumber.text(c.oldMean, p)) (\(c.oldN)) | "
                + "\(DiffNumber.text(c.newMean, p)) (\(c.newN)) | \(DiffRenderer.interval(c.interval, p)) | \(c.test?.method.name ?? "—") | "
                + "\(c.test.map { DiffNumber.text($0.p, p) } ?? "—") | \(c.test?.signedRank.map { DiffNumber.text($0.p, p) } ?? "—") | "
                + "\(c.adjustedP.map { DiffNumber.text($0, p) } ?? "—") | \(DiffRenderer.verdict(c)) |")
        }
        out.append("")
    }

    package static func trials(_ diff: BundleDiff, _ p: Int, _ out: inout [String]) {
        let statuses = diff.trials
        if !statuses.isEmpty {
            out += ["#### Trials", "", "| Trial | Configuration | Seed | State | Status |", "| --- | --- | --- | --- | --- |"]
            for t in statuses {
                let status = DiffRenderer.status(t) ?? (t.newStatus ?? t.oldStatus)?.rawValue ?? "—"
                out.append("| \(code(t.id)) | \(code(t.configuration)) | \(t.seed) | \(t.state.rawValue) | \(status) |")
            }
            out.append("")
        }
        let metrics = diff.trials.flatMap { t in t.metrics.map { (t, $0) } }
        if !metrics.isEmpty {
            out += ["#### Final metrics", "", "| Trial | Metric | Old | New | Δ | Δ % |", "| --- | --- | ---: | ---: | ---: | ---: |"]
            for (t, m) in metrics {
                out.append("| \(code(t.id)) | \(plain(m.name)) | \(DiffNumber.text(m.old, p)) | \(DiffNumber.text(m.new, p)) | "
                    + "\(DiffNumber.signed(m.absolute, p)) | \(DiffNumber.percent(m.relative, p)) |")
            }
            out.append("")
        }
        let curves = diff.trials.flatMap { t in t.curves.map { (t, $0) } }
        if !curves.isEmpty {
            out += ["#### Curves", "", "| Trial | Column | First differing step | Max \\|Δ\\| |", "| --- | --- | ---: | ---: |"]
            for (t, c) in curves {
                out.append("| \(code(t.id)) | \(plain(c.column)) | \(c.firstStep.map(String.init) ?? "—") | \(DiffNumber.text(c.maxAbsolute, p)) |")
            }
            out.append("")
        }
    }

    /// Text from a bundle inside HTML (`<summary>`): `<code>` with `&`, `<`, `>` escaped.
    package static func html(_ text: String) -> String {
        let escaped = visible(text).replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
        return "<code>\(escaped)</code>"
    }

    /// Text from a bundle as a code span in a table cell. Bundles are untrusted: a newline
    /// would end the row, a pipe the cell and a backtick the span, so control characters are
    /// shown escaped, pipes are escaped and the span's fence is longer than any backtick run.
    package static func code(_ text: String?) -> String {
        guard let text else { return "—" }
        let cell = visible(text).replacingOccurrences(of: "|", with: "\\|")
        var longest = 0, run = 0
        for character in cell {
            run = character == "`" ? run + 1 : 0
            longest = max(longest, run)
        }
        let fence = String(repeating: "`", count: longest + 1)
        let pad = cell.hasPrefix("`") || cell.hasSuffix("`") ? " " : ""
        return fence + pad + cell + pad + fence
    }

    /// Text from a bundle as plain table-cell text (metric and column names).
    package static func plain(_ text: String) -> String {
        var out = ""
        for character in visible(text) {
            if "|`<\\".contains(character) { out.append("\\") }
            out.append(character)
        }
        return out
    }

    /// Control characters (C0, DEL, C1) as Swift-style escapes, so nothing starts a new line
    /// or a terminal sequence.
    package static func visible(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x0A: out += "\\n"
            case 0x0D: out += "\\r"
            case 0x09: out += "\\t"
            case 0..<0x20, 0x7F..<0xA0, 0x2028, 0x2029: out += "\\u{\(String(scalar.value, radix: 16))}"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
