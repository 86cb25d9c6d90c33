import Foundation
import LRConfig
import LRBundle
import LRRun

/// The markdown `lrlab check --summary` appends: one row per experiment, then each
/// difference's diff folded in `<details>` (as `lrlab diff --format markdown` shows it).
enum CheckSummary {
    static func markdown(_ findings: [BundleCheck.Finding], options: DiffOptions) -> String {
        var rows: [String] = []
        var details: [String] = []
        for finding in findings {
            switch finding {
            case .reproduced(let name):
                rows.append("| `\(name)` | reproduced |")
            case .differs(let name, let diff):
                rows.append("| `\(name)` | **differs** |")
                details.append("<details><summary><code>\(name)</code> differs</summary>\n\n"
                    + DiffRenderer.render([diff], format: .markdown, options: options) + "\n</details>\n")
            case .failed(let reason):
                let cell = reason.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
                rows.append("| — | **error**: \(cell) |")
            }
        }
        let reproduced = findings.filter { if case .reproduced = $0 { true } else { false } }.count
        let head = "## lrlab check\n\n\(reproduced) of \(findings.count) experiments reproduced their committed bundles.\n\n"
        return head + "| Experiment | Result |\n| --- | --- |\n" + rows.joined(separator: "\n") + "\n\n"
            + details.joined(separator: "\n")
    }

    /// Appends `text` to `path` (created if missing), as GitHub's step summary expects.
    static func append(_ text: String, to path: String) throws {
        if !FileManager.default.fileExists(atPath: path) {
            guard FileManager.default.createFile(atPath: path, contents: nil) else {
                throw CocoaError(.fileWriteNoPermission)
            }
        }
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        defer { try? handle.close() }
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(text.utf8))
    }
}
