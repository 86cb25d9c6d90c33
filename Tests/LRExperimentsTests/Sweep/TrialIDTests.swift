import Testing
@testable import LRConfig
import LRExperimentsTestSupport

/// Trial ids depend on what a trial is, never on where it sits in the sweep.
@Suite struct TrialIDTests {
    /// `values text + seed` → id.
    static func ids(_ sweep: String, optimizer: String = "{kind: sgd, lr: 0.1, momentum: 0.9}") throws -> [String: String] {
        let trials = try SweepFixture(irisExperiment(optimizer: optimizer, sweep: sweep)).trials()
        var out: [String: String] = [:]
        for t in trials {
            let values = t.assignments
                .filter { !($0.path == "optimizer.momentum" && $0.value.canonicalText == "0.9") }
                .map { "\($0.path)=\($0.value.canonicalText)" }.sorted().joined(separator: " ")
            out["\(values) seed=\(t.seed)"] = t.id
        }
        return out
    }

    @Test func addingAndReorderingValuesRenamesNoTrial() throws {
        let before = try Self.ids("""
              method: grid
              parameters:
                optimizer.lr: [0.1, 0.01]
              seeds: [1, 2]

            """)
        let after = try Self.ids("""
              method: grid
              parameters:
                optimizer.lr: [0.001, 1.0e-2, 0.1, 0.3]
              seeds: [3, 2, 1]

            """)
        #expect(before.count == 4 && after.count == 12)
        for (trial, id) in before { #expect(after[trial] == id, "\(trial)") }
    }

    @Test func reorderingParametersRenamesNoTrial() throws {
        let a = try Self.ids("""
              method: grid
              parameters:
                optimizer.lr: [0.1, 0.01]
                train.batch_size: [8, 16]

            """)
        let b = try Self.ids("""
              method: grid
              parameters:
                train.batch_size: [16, 8]
                optimizer.lr: [0.01, 0.1]

            """)
        #expect(a.count == 4)
        #expect(a == b)
    }

    @Test func addingAParameterThatKeepsTheCurrentValueRenamesNoTrial() throws {
        // The base file has momentum 0.9; the momentum=0.9 trials are the old trials.
        let before = try Self.ids("""
              method: grid
              parameters:
                optimizer.lr: [0.1, 0.01]

            """)
        let after = try Self.ids("""
              method: grid
              parameters:
                optimizer.momentum: [0.0, 0.9]
                optimizer.lr: [0.1, 0.01]

            """)
        #expect(after.count == 4)
        for (trial, id) in before { #expect(after[trial] == id, "\(trial)") }
        // The trial at the base values keeps the id of the unswept experiment.
        let unswept = try SweepFixture(irisExperiment()).trials()
        #expect(before["optimizer.lr=0.1 seed=7"] == unswept.first?.id)
    }

    @Test func idsDifferBySeedAndValue() throws {
        let ids = try Self.ids("""
              method: grid
              parameters:
                optimizer.lr: [0.1, 0.01]
              seeds: [1, 2]

            """)
        #expect(Set(ids.values).count == 4)
        #expect(ids.values.allSatisfy { $0.count == 12 && $0.allSatisfy(\.isHexDigit) })
    }

    @Test func idIsTheHashOfTheCanonicalAssignments() throws {
        let trials = try SweepFixture(irisExperiment(sweep: """
              method: grid
              parameters:
                train.batch_size: [8]
                optimizer.lr: [1.0e-2]
              seeds: [5]

            """)).trials()
        let expected = ContentHash.sha256("optimizer.lr=0.01\ntrain.batch_size=8\nseed=5\n").prefix(12)
        #expect(trials.first?.id == String(expected))
        #expect(trials.first?.configurationID == String(ContentHash.sha256("optimizer.lr=0.01\ntrain.batch_size=8\n").prefix(12)))
    }
}
