@testable import LRBundle
import Testing
@testable import lrlab

/// Files whose bytes differ are named in every format, so a forged summary is visible where
/// nothing else changed.
@Suite struct DifferingFilesTests {
    static let diff = BundleDiff(
        path: "results/e", oldSource: "HEAD:results/e", newSource: "results/e", objective: "val_loss", maximize: false,
        config: [], trials: [], configurations: [], verdict: nil, objectiveRegressed: false, differingFiles: ["metrics.json", "report.md"])

    @Test func jsonListsThem() {
        let json = DiffJSON.render([Self.diff], options: DiffOptions()).pretty()
        #expect(json.contains(#""differing_files": ["#))
        #expect(json.contains(#""metrics.json""#) && json.contains(#""report.md""#))
        #expect(json.contains(#""state": "changed""#))
    }

    @Test func markdownAndTextNameThem() {
        let markdown = DiffMarkdown.render([Self.diff], options: DiffOptions())
        #expect(markdown.contains("#### Files whose bytes differ\n\n- `metrics.json`\n- `report.md`\n"))
        let text = DiffRenderer.render([Self.diff], format: .text, options: DiffOptions())
        #expect(text.contains("files whose bytes differ: metrics.json, report.md"))
    }
}
