import Testing
@testable import LRTrial
@testable import LRBundle

/// |a − b| ≤ atol + rtol·|b| counts as unchanged; just above it is a change.
@Suite struct ToleranceTests {
    // Exactly representable: atol 0.5, rtol 0.25, b 2 → bound 1.0.
    static let options = DiffOptions(atol: 0.5, rtol: 0.25)

    @Test(arguments: [
        (3.0, true), (1.0, true), (3.0.nextUp, false), (1.0 - 0x1p-52, false), (2.0, true), (2.5, true),
    ])
    func boundary(old: Double, same: Bool) {
        #expect(Self.options.same(old, 2.0) == same)
    }

    @Test func exactByDefault() {
        let exact = DiffOptions()
        #expect(exact.same(0.1, 0.1))
        #expect(!exact.same(0.1, 0.1.nextUp))
        #expect(exact.same(.nan, .nan))
        #expect(!exact.same(.nan, 1))
        #expect(exact.same(.infinity, .infinity))
        #expect(!exact.same(.infinity, 1e308))
        #expect(exact.same(nil, nil))
        #expect(!exact.same(nil, 0))
    }

    @Test func curvesUseTheSameRule() {
        let old = CurveTable(columns: ["step", "train_loss"], rows: [[1, 3.0], [2, 3.0], [3, 5.0]])
        let new = CurveTable(columns: ["step", "train_loss"], rows: [[1, 2.0], [2, 2.0], [3, 2.0]])
        let changes = CurveComparison.compare(old, new, options: Self.options)
        #expect(changes.map(\.column) == ["step", "train_loss"])
        #expect(changes[0].firstStep == nil)
        #expect(changes[1].firstStep == 3)
        #expect(changes[1].maxAbsolute == 3)
        let nudged = CurveTable(columns: ["step", "train_loss"], rows: [[1, 3.0], [2, 3.0.nextUp], [3, 2.0]])
        #expect(CurveComparison.compare(nudged, new, options: Self.options)[1].firstStep == 2)
        let shorter = CurveTable(columns: ["step", "train_loss"], rows: [[1, 2.0], [2, 2.0]])
        let rows = CurveComparison.compare(shorter, new, options: Self.options)
        #expect(rows[1].firstStep == 3)
        #expect(rows[1].oldRows == 2 && rows[1].newRows == 3)
    }

    @Test func metricsThroughTheCommand() throws {
        let repo = try DiffRepository.shared.get()
        // Generous tolerances hide the metric changes but not the status change or added trial.
        let loose = repo.diff(["HEAD~1:results/tiny"], DiffOptions(atol: 1e9, trials: true))
        #expect(loose.exitCode == 1)
        let changed = loose.stdout.split(separator: "\n").filter { $0.hasSuffix("): changed") }
        #expect(changed == ["  trial 19796eaf8389 (configuration d10acff04ddb, seed 1): changed"])
        #expect(loose.stdout.contains("status: ok → diverged"))
    }
}
