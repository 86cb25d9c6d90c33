import LREngine
import Testing

@testable import LRConfig
import LRTestSupport

/// Section tables merged from the kinds' own keys (`KindTable`), and the defaults that now
/// have one copy each.
@Suite struct KindTableTests {
    static let gamma = KindKey("gamma", .number(.positive), "Factor.")

    @Test func sharedKeysMergeAndListTheirKinds() {
        let keys = KindTable.keys([
            .init(kind: "a", keys: [Self.gamma.defaulting(0.1), KindKey("x", .bool, "X.", required: true)]),
            .init(kind: "b", keys: [Self.gamma.defaulting(0.1)]),
            .init(kind: "c", keys: [Self.gamma.defaulting(0.1)]),
            .init(kind: "d", keys: [Self.gamma.defaulting(0.5)]),
        ], order: [])
        #expect(keys.map(\.name) == ["gamma", "x"])
        // Every kind takes gamma: no kinds list; 0.1 is shared by 3 of 4 (> 2/3): the general default.
        #expect(keys[0].kinds == nil)
        #expect(keys[0].defaultValue == .number(0.1))
        #expect(keys[0].kindDefaults.map(\.kind) == ["d"])
        #expect(keys[1].kinds == ["a"])
        #expect(keys[1].isRequired(for: "a") && !keys[1].isRequired(for: "b"))
    }

    @Test func defaultsStayPerKindWithoutAClearMajorityOrWhenOneKindHasNone() {
        let split = KindTable.keys([
            .init(kind: "a", keys: [Self.gamma.defaulting(0.1)]),
            .init(kind: "b", keys: [Self.gamma.defaulting(0.1)]),
            .init(kind: "c", keys: [Self.gamma.defaulting(0.2)]),
        ], order: [])
        #expect(split[0].defaultValue == nil)
        #expect(split[0].kindDefaults.map(\.kind) == ["a", "b", "c"])
        let missing = KindTable.keys([
            .init(kind: "a", keys: [Self.gamma.defaulting(0.1)]),
            .init(kind: "b", keys: [Self.gamma.requiredKey]),
        ], order: [])
        #expect(missing[0].defaultValue == nil)
        #expect(missing[0].defaultValue(for: "b") == nil)
        #expect(missing[0].defaultValue(for: "a") == .number(0.1))
    }

    @Test func keysOfTheSameNameWithOtherMeaningsStaySeparateInTheGivenOrder() {
        let other = KindKey("gamma", .number(.unit), "Another factor.")
        let keys = KindTable.keys([
            .init(kind: "a", keys: [Self.gamma, KindKey("y", .bool, "Y.")]),
            .init(kind: "b", keys: [other]),
        ], order: ["gamma", "y", "gamma"])
        #expect(keys.map(\.doc) == ["Factor.", "Y.", "Another factor."])
        #expect(keys.map(\.kinds) == [["a"], ["a"], ["b"]])
    }

    @Test func everyFamilyListsEachKindOnceAndCoversTheEngine() {
        #expect(Set(ScheduleKinds.names).count == ScheduleKinds.all.count)
        #expect(Set(OptimizerKinds.names).count == OptimizerKinds.all.count)
        #expect(Set(InitializerKinds.names).count == InitializerKinds.all.count)
        #expect(Set(ModelKinds.names).count == ModelKinds.all.count)
        #expect(DataSourceKinds.synthetic.map(\.name) == Synthetic.names)
        #expect(DataConfig.Source.allCases.filter { $0.builtin != nil }.map(\.rawValue) == BuiltinDataset.allCases.map(\.rawValue))
    }

    @Test func onlyTheHypergradientKindsTakeAHypergradientRate() throws {
        let key = try #require(OptimizerKeys.section.keys.first { $0.name == "hypergradient_lr" })
        #expect(key.kinds == ["sgd_hd", "adam_hd"])
    }
}

/// The defaults that disagreed before have one copy: the one the YAML path used.
@Suite struct SingleDefaultTests {
    static func load(_ text: String) throws -> Experiment {
        let files = try TempFiles()
        return try ExperimentLoader().load(file: try files.write("a.yaml", text))
    }

    @Test func moonsNoiseIsTheTables() throws {
        let e = try Self.load("""
            version: 1
            name: moons
            data: {source: moons}
            model: {kind: linear}
            optimizer: {kind: sgd, lr: 0.1}
            train: {epochs: 1}

            """)
        #expect(e.data?.noise == 0.1)
        guard case .synthetic(let name, _, _, _, let noise, _)? = e.data?.dataSource else {
            Issue.record("expected a synthetic source")
            return
        }
        #expect(name == "moons" && noise == 0.1)
    }

    @Test func adamEpsAndDecayAreTheKindsOnly() throws {
        let e = try Self.load("""
            version: 1
            name: adam
            model: {kind: function, name: quadratic, start: [1]}
            optimizer: {kind: adam}
            train: {steps: 1}

            """)
        let adam = try #require(try OptimizerRegistry.make(e.optimizer) as? Adam)
        #expect(adam.options == AdamOptions(lr: 1e-3, beta1: 0.9, beta2: 0.999, eps: 1e-8, weightDecay: 0, amsgrad: false))
        #expect(!e.optimizer.learnsRate)
        let hd = try Self.load("""
            version: 1
            name: hd
            model: {kind: function, name: quadratic, start: [1]}
            optimizer: {kind: sgd_hd, lr: 0.1}
            train: {steps: 1}

            """)
        #expect(hd.optimizer.learnsRate)
        let built = try #require(try OptimizerRegistry.make(hd.optimizer) as? SGDHD)
        #expect(built.options.hypergradientLR == 0.001 && built.options.base.momentum == 0)
    }
}
