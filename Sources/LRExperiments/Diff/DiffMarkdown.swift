/// The Markdown form of a diff, for pull-request comments: a section per bundle, tables.
enum DiffMarkdown {
    static func render(_ diffs: [BundleDiff], options: DiffOptions) -> String {
        let p = options.precision ?? 6
        var out = ["## lrlab diff", ""]
        guard !diffs.isEmpty else { return (out + ["No bundles to compare.", ""]).joined(separator: "\n") }
        out += ["| Bundle | Old | New | State |", "| --- | --- | --- | --- |"]
        for diff in diffs {
            out.append("| \(code(diff.path)) | \(code(diff.oldSource)) | \(code(diff.newSource)) | \(diff.state.rawValue)\(diff.regression ? " (regression)" : "") |")
        }
        out.append("")
        for diff in diffs where options.all || diff.state == .changed {
            out += ["### \(code(diff.path))", ""]
            if !diff.config.isEmpty {
                out += ["#### Configuration", "", "| Key | Old | New |", "| --- | --- | --- |"]
                for c in diff.config { out.append("| \(code(c.path)) | \(code(c.old)) | \(code(c.new)) |") }
                out.append("")
            }
            let explained = diff.config.contains(where: \.changed) || diff.trials.contains { $0.state != .unchanged }
            if !diff.differingFiles.isEmpty, !explained || options.all {
                out += ["#### Files whose bytes differ", ""] + diff.differingFiles.map { "- \(code($0))" } + [""]
            }
            let statuses = diff.trials.filter { $0.state != .unchanged || options.all }
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
            if !diff.seedTests.isEmpty {
                out += ["#### Seed noise (t-test, paired by seed when both sides ran the same seeds)", "",
                        "| Configuration | Metric | Old mean (n) | New mean (n) | Δ 95 % interval | Test | p | Signed-rank p | Holm p | Verdict |",
                        "| --- | --- | ---: | ---: | --- | --- | ---: | ---: | ---: | --- |"]
                for s in diff.seedTests {
                    out.append("| \(code(s.configuration)) | \(plain(s.metric)) | \(DiffNumber.text(s.oldMean, p)) (\(s.oldN)) | "
                        + "\(DiffNumber.text(s.newMean, p)) (\(s.newN)) | \(DiffRenderer.interval(s, p)) | \(s.test.method.name) | "
                        + "\(DiffNumber.text(s.test.p, p)) | \(s.test.signedRank.map { DiffNumber.text($0.p, p) } ?? "—") | "
                        + "\(DiffNumber.text(s.adjustedP, p)) | \(DiffRenderer.noise(s)) |")
                }
                out.append("")
            }
        }
        return out.joined(separator: "\n")
    }

    /// Text from a bundle as a code span in a table cell. Bundles are untrusted: a newline
    /// would end the row, a pipe the cell and a backtick the span, so control characters are
    /// shown escaped, pipes are escaped and the span's fence is longer than any backtick run.
    static func code(_ text: String?) -> String {
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
    static func plain(_ text: String) -> String {
        var out = ""
        for character in visible(text) {
            if "|`<\\".contains(character) { out.append("\\") }
            out.append(character)
        }
        return out
    }

    /// Control characters (C0, DEL, C1) as Swift-style escapes, so nothing starts a new line
    /// or a terminal sequence.
    static func visible(_ text: String) -> String {
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
