import Testing
@testable import LRConfig
@testable import LRBundle

/// How `diff` pairs configurations across two versions of a bundle.
@Suite struct ConfigurationPairingTests {
    static func metrics(_ configurations: [(id: String, parameters: [(String, JSONValue)], values: [Double])]) -> BundleMetrics {
        var trials: [BundleMetrics.Trial] = []
        for c in configurations {
            for (seed, value) in c.values.enumerated() {
                trials.append(BundleMetrics.Trial(
                    id: "\(c.id)-\(seed)", configuration: c.id,
                    parameters: c.parameters.map { BundleMetrics.Parameter(path: $0.0, value: $0.1) }, seed: seed + 1,
                    status: .ok, message: nil, final: [.init("val_loss", value)], best: [], epochs: 1, steps: 1))
            }
        }
        return BundleMetrics(
            experiment: "x", objective: .init(metric: "val_loss", maximize: false, requested: nil, note: nil), trials: trials,
            configurations: configurations.map { c in
                BundleMetrics.Configuration(
                    id: c.id, parameters: c.parameters.map { BundleMetrics.Parameter(path: $0.0, value: $0.1) },
                    trials: c.values.indices.map { "\(c.id)-\($0)" }, statuses: [], metrics: [])
            },
            best: nil)
    }

    static let sgd: JSONValue = .string("sgd")

    @Test func aChangedValueIsPairedWithTheOneConfigurationItChanged() {
        let old = Self.metrics([
            ("a", [("optimizer.lr", .number(0.01))], [0.5, 0.52, 0.49]),
            ("b", [("optimizer.lr", .number(0.1))], [0.3, 0.31, 0.29]),
        ])
        let new = Self.metrics([
            ("a", [("optimizer.lr", .number(0.01))], [0.5, 0.52, 0.49]),
            ("c", [("optimizer.lr", .number(0.3))], [0.4, 0.42, 0.41]),
        ])
        let changes = ConfigurationPairing.changes(old, new, objective: "val_loss", maximize: false, options: DiffOptions())
        #expect(changes.map(\.match) == [.same, .value])
        #expect(changes[0].outcome == .unchanged && changes[0].test == nil)
        #expect(changes[1].oldID == "b" && changes[1].newID == "c")
        #expect(changes[1].changes == [.init(name: "lr", old: "0.1", new: "0.3")])
        #expect(changes[1].test?.method == .pairedT)
        #expect(changes[1].outcome == .regressed)
        // Only the changed pair is tested, so Holm leaves its p as it is.
        #expect(changes[1].adjustedP == changes[1].test?.p)
    }

    @Test func ambiguousChangesStayAddedAndRemoved() {
        // Two old configurations each one value away from the new one: no pairing is right.
        let old = Self.metrics([
            ("a", [("optimizer.lr", .number(0.01)), ("optimizer.momentum", .number(0))], [0.5, 0.5]),
            ("b", [("optimizer.lr", .number(0.1)), ("optimizer.momentum", .number(0.9))], [0.3, 0.3]),
        ])
        let new = Self.metrics([("c", [("optimizer.lr", .number(0.01)), ("optimizer.momentum", .number(0.9))], [0.4, 0.4])])
        let changes = ConfigurationPairing.changes(old, new, objective: "val_loss", maximize: false, options: DiffOptions())
        #expect(changes.map(\.match) == [.removed, .removed, .added])
    }

    @Test func aNamedCaseIsPairedByItsName() {
        let before: JSONValue = .object([("name", .string("fast")), ("optimizer", .object([("kind", Self.sgd), ("lr", .number(0.3))]))])
        let after: JSONValue = .object([("name", .string("fast")), ("optimizer", .object([("kind", Self.sgd), ("lr", .number(0.5))]))])
        let slow: JSONValue = .object([("name", .string("slow")), ("optimizer", .object([("kind", Self.sgd), ("lr", .number(0.01))]))])
        let old = Self.metrics([("f1", [("case", before)], [0.2, 0.25]), ("s", [("case", slow)], [0.4, 0.45])])
        let new = Self.metrics([("f2", [("case", after)], [0.3, 0.35]), ("s", [("case", slow)], [0.4, 0.45])])
        let changes = ConfigurationPairing.changes(old, new, objective: "val_loss", maximize: false, options: DiffOptions())
        #expect(changes.map(\.match) == [.label, .same])
        #expect(changes[0].label == "fast")
        #expect(changes[0].changes == [.init(name: "lr", old: "0.3", new: "0.5")])
    }
}
