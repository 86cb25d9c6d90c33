import Foundation
@testable import LRBundle
import LRExperimentsTestSupport
@testable import LRReport
import LRTestSupport
import Testing

/// The `lrlab diff --plots` page on the two-commit repository of `DiffRepository`.
@Suite struct DiffPlotsTests {
    let repo: DiffRepository

    init() throws { repo = try DiffRepository.shared.get() }

    /// Sides in two hues (and dashes), legends naming side, seed and source, sections titled
    /// by configuration label, validation panels per epoch, the loss smoothed when asked.
    @Test func pageSnapshot() throws {
        let path = repo.root + "-smoothed.html"
        _ = repo.diff(["HEAD~1"], DiffOptions(smoothing: 0.5), plots: path)
        let html = try String(contentsOfFile: path, encoding: .utf8)
        #expect(html.contains("stroke=\"\(Palette.color(DiffPlots.oldColor))\" stroke-dasharray=\"6 3\""))
        #expect(html.contains("stroke=\"\(Palette.color(DiffPlots.newColor))\""))
        #expect(Palette.color(DiffPlots.oldColor) != Palette.color(DiffPlots.newColor))
        #expect(html.contains(">old seed 1 (HEAD~1)<") || html.contains(">old seed 1 (HEAD~1)</text>"))
        #expect(html.contains("new seed 3 (results/tiny)"))
        #expect(html.contains("<h3>momentum=0</h3>") && html.contains("<h3>momentum=0.9</h3>"))
        #expect(!html.contains("<h3>configuration "))
        // A bundle only the new side has still shows its configurations.
        #expect(html.contains("<h2>results/copy</h2>\n<p>(none) → results/copy: added</p>\n<h3>momentum=0</h3>"))
        #expect(html.contains("validation loss — momentum=0.9") && html.contains("validation accuracy — momentum=0.9"))
        #expect(html.contains("loss — momentum=0 (smoothed 0.5)"))
        #expect(html.contains("weight 0.5."))
        Snapshot.check(html, named: "diff/tiny-plots.html")
        // Each embedded plot parses as SVG.
        for svg in html.components(separatedBy: "<svg ").dropFirst() {
            let document = "<svg " + (svg.components(separatedBy: "</svg>").first ?? "") + "</svg>"
            #expect(XMLCheck.error(document) == nil)
        }
    }

    /// Without smoothing the loss panel draws the raw values.
    @Test func rawLossWithoutSmoothing() throws {
        let path = repo.root + "-raw.html"
        _ = repo.diff(["HEAD~1"], plots: path)
        let html = try String(contentsOfFile: path, encoding: .utf8)
        #expect(!html.contains("smoothed"))
        #expect(html.contains("loss — momentum=0<") || html.contains("loss — momentum=0</"))
    }
}

/// TensorBoard's debiased exponential moving average.
struct DiffSmoothingTests {
    /// By hand, w = 0.5: s = 0.5, 1.25, 2.125 over debias 0.5, 0.75, 0.875.
    @Test func debiasedAverage() throws {
        let smoothed = Smoothing.ema([1, 2, 3], weight: 0.5).map { $0 ?? .nan }
        let expected = [1.0, 1.25 / 0.75, 2.125 / 0.875]
        for (a, b) in zip(smoothed, expected) { #expect(abs(a - b) < 1e-15) }
    }

    /// Nil and non-finite values pass through and leave the average alone.
    @Test func gapsPassThrough() throws {
        let smoothed = Smoothing.ema([1, nil, .nan, .infinity, 2], weight: 0.5)
        #expect(smoothed[0] == 1 && smoothed[1] == nil && smoothed[2]?.isNaN == true && smoothed[3] == .infinity)
        #expect(abs((smoothed[4] ?? 0) - 1.25 / 0.75) < 1e-15)
    }

    /// Weight 0 is the identity; a weight outside [0, 1) changes nothing.
    @Test func weightBounds() {
        let ys: [Double?] = [3, 1, 2]
        #expect(Smoothing.ema(ys, weight: 0) == ys)
        #expect(Smoothing.ema(ys, weight: 1) == ys)
        #expect(Smoothing.ema(ys, weight: -0.5) == ys)
    }
}
