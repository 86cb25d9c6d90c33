import Foundation
import Testing
@testable import LRConfig
@testable import LRReport
@testable import LRBundle
import LRTestSupport

/// `lrlab diff` on a real two-commit repository (see `DiffRepository`).
@Suite struct BundleDiffingTests {
    let repo: DiffRepository

    init() throws { repo = try DiffRepository.shared.get() }

    @Test func textReportsEveryKindOfChange() throws {
        let out = repo.diff(["HEAD~1"], DiffOptions(trials: true))
        #expect(out.exitCode == 1, "\(out.stderr)")
        #expect(out.stderr.isEmpty)
        let text = out.stdout
        // The verdict leads: the best objective old → new and whether it is beyond seed noise.
        #expect(text.hasPrefix("results/copy: added\n  ((none) → results/copy)\nresults/tiny: no change beyond seed noise: best val_loss "))
        #expect(text.contains("  (HEAD~1:results/tiny → results/tiny)\n"))
        #expect(text.contains("optimizer.lr: 0.5 → 0.8"))
        #expect(text.contains("status: ok → diverged"))
        #expect(text.contains("seed 3): added"))
        #expect(text.contains("Welch's t-test p = "))
        #expect(text.contains("curve lr: first differs at step 1, max |Δ| 0.3\n"))
        #expect(!text.contains("(unchanged)"))
        Snapshot.check(text, named: "diff/tiny.txt")
    }

    @Test func markdownHasSectionsAndTables() throws {
        let out = repo.diff(["HEAD~1"], format: .markdown)
        #expect(out.exitCode == 1)
        for heading in ["## lrlab diff", "#### Settings (`config.yaml`)",
                        "#### Configurations (mean val_loss; t-test paired by seed when both sides ran the same seeds, Holm-corrected)"] {
            #expect(out.stdout.contains(heading + "\n"), "\(heading)")
        }
        // One summary table; the details are folded, and per-trial tables need --trials.
        #expect(out.stdout.components(separatedBy: "| Bundle | Verdict |").count == 2)
        #expect(out.stdout.contains("<details><summary><code>results/tiny</code>"))
        #expect(!out.stdout.contains("#### Trials"))
        let withTrials = repo.diff(["HEAD~1"], DiffOptions(trials: true), format: .markdown).stdout
        for heading in ["#### Trials", "#### Final metrics", "#### Curves"] { #expect(withTrials.contains(heading + "\n")) }
        #expect(out.stdout.contains("| `optimizer.lr` | `0.5` | `0.8` |"))
        Snapshot.check(out.stdout, named: "diff/tiny.md")
    }

    @Test func jsonIsValidAndStable() throws {
        let out = repo.diff(["HEAD~1"], format: .json)
        #expect(out.exitCode == 1)
        let json = try JSONValue.parse(Array(out.stdout.utf8))
        #expect(json["format"]?.stringValue == "lrlab.diff/2")
        #expect(json.pretty() + "\n" == out.stdout)
        #expect(repo.diff(["HEAD~1"], format: .json).stdout == out.stdout)
        Snapshot.check(out.stdout, named: "diff/tiny.json")
    }

    @Test func precisionRoundsJSONNumbers() throws {
        let full = try JSONValue.parse(Array(repo.diff(["HEAD~1"], format: .json).stdout.utf8))
        let short = try JSONValue.parse(Array(repo.diff(["HEAD~1"], DiffOptions(precision: 3), format: .json).stdout.utf8))
        let a = numbers(full)
        let b = numbers(short)
        #expect(a.count == b.count && a.count > 10)
        for (x, y) in zip(a, b) {
            #expect(y == Double(String(format: "%.2e", x)), "\(x) → \(y)")
            #expect(String(format: "%.2e", y) == String(format: "%.2e", x))
        }
        #expect(a != b)
        Snapshot.check(repo.diff(["HEAD~1"], DiffOptions(precision: 3), format: .json).stdout, named: "diff/tiny-precision3.json")
    }

    @Test func sameRevisionIsUnchanged() {
        let out = repo.diff(["HEAD", "HEAD"])
        #expect(out.exitCode == 0)
        #expect(out.stdout == "2 bundles unchanged\n")
        #expect(repo.diff(["HEAD", "HEAD"], DiffOptions(all: true)).stdout.hasPrefix(
            "results/copy: unchanged\n  (HEAD:results/copy → HEAD:results/copy)\n"))
        // No arguments: HEAD against the working tree, which is clean.
        #expect(repo.diff([]).exitCode == 0)
    }

    @Test func revisionsAndPathsCombine() {
        let byPath = repo.diff(["HEAD~1:results/tiny", "HEAD"])
        #expect(byPath.exitCode == 1)
        #expect(byPath.stdout.hasPrefix("results/tiny: no change beyond seed noise: "))
        #expect(byPath.stdout.contains("\n  (HEAD~1:results/tiny → HEAD:results/tiny)\n"))
        #expect(!byPath.stdout.contains("results/copy"))
        let removed = repo.diff(["HEAD", "HEAD~1"], DiffOptions(trials: true))
        #expect(removed.stdout.contains("results/copy: removed\n  (HEAD:results/copy → (none))"))
        #expect(removed.stdout.contains("status: diverged → ok"))
    }

    @Test func failOnRegression() {
        // A trial newly diverged: a regression.
        #expect(repo.diff(["HEAD~1"], DiffOptions(failOn: .regression)).exitCode == 1)
        // Backwards, statuses only improve; whether the objective regressed depends on the values.
        let backwards = repo.diff(["HEAD", "HEAD~1"], DiffOptions(failOn: .regression), format: .json)
        let json = try? JSONValue.parse(Array(backwards.stdout.utf8))
        let regressed = json?["regression"] == .bool(true)
        #expect(backwards.exitCode == (regressed ? 1 : 0))
    }

    @Test func allShowsUnchangedValues() {
        let out = repo.diff(["HEAD~1"], DiffOptions(all: true))
        #expect(out.stdout.contains("model.kind: mlp → mlp (unchanged)"))
        #expect(out.stdout.count > repo.diff(["HEAD~1"]).stdout.count)
    }

    @Test func plotsAreSelfContainedAndDeterministic() throws {
        let path = repo.root + "-plots.html"
        let out = repo.diff(["HEAD~1"], plots: path)
        #expect(out.exitCode == 1)
        let html = try String(contentsOfFile: path, encoding: .utf8)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("<svg"))
        #expect(html.contains("stroke-dasharray"))
        #expect(html.contains("old seed 1") && html.contains("new seed 3"))
        #expect(!html.contains("<script") && !html.contains("src=") && !html.contains("href="))
        _ = repo.diff(["HEAD~1"], plots: path + "2")
        #expect(try String(contentsOfFile: path + "2", encoding: .utf8) == html)
    }

    @Test func gitErrors() {
        let unknown = repo.diff(["no-such-rev"])
        #expect(unknown.exitCode == 2)
        #expect(unknown.stderr == "error: unknown revision \"no-such-rev\"\n")
        let outside = DiffOutput(BundleDiffing(arguments: [], directory: FileManager.default.temporaryDirectory.path))
        #expect(outside.exitCode == 2)
        #expect(outside.stderr.contains("not a git repository"))
    }

    /// Every number in `json`, in document order.
    func numbers(_ json: JSONValue) -> [Double] {
        switch json {
        case .number(let d): [d]
        case .array(let items): items.flatMap(numbers)
        case .object(let members): members.flatMap { numbers($0.1) }
        default: []
        }
    }
}
