import LREngine
import Testing

@testable import LRConfig
@testable import LRRun
import LRTestSupport

/// Model kinds: one file each, their own keys and defaults, and the engine model they describe.
@Suite struct ModelKindTests {
    static func load(_ model: String, data: Bool = true) throws -> Experiment? {
        let files = try TempFiles()
        let run = data ? "data: {source: blobs, samples: 20}\ntrain: {epochs: 1}" : "train: {steps: 2}"
        return try ExperimentText.load("""
            version: 1
            name: models
            model: \(model)
            optimizer: {kind: sgd, lr: 0.1}
            \(run)

            """, files: files)
    }

    @Test func theRegistryListsEachKindOnceAndSaysWhichTrainOnData() {
        #expect(ModelKinds.names == ["linear", "logistic", "mlp", "function", "external"])
        #expect(ModelKinds.all.filter { !$0.trainsOnData }.map { $0.name } == [FunctionModelKind.name])
        #expect(ModelKinds.all.filter { $0.needsClasses }.map { $0.name } == [LogisticModelKind.name])
        #expect(ModelKeys.section.kindNames == ModelKinds.names)
    }

    @Test func mlpDefaultsComeFromItsKeysOnly() throws {
        let e = try #require(try Self.load("{kind: mlp}"))
        #expect(e.model.name == "mlp" && e.model.trainsOnData)
        #expect(e.model.hidden == [64])
        #expect(try ModelMapping.spec(e.model) == .mlp(hidden: [64], activation: .relu))
        let gelu = try #require(try Self.load("{kind: mlp, hidden: [8, 4], activation: gelu}"))
        #expect(try ModelMapping.spec(gelu.model) == .mlp(hidden: [8, 4], activation: .gelu))
        #expect(gelu.model != e.model)
    }

    @Test func singleLayerKindsHaveNoHiddenLayers() throws {
        let linear = try #require(try Self.load("{kind: linear}"))
        #expect(linear.model.hidden.isEmpty && linear.model.kind.coordinates == nil)
        #expect(try ModelMapping.spec(linear.model) == .linear)
        let logistic = try #require(try Self.load("{kind: logistic}"))
        #expect(try ModelMapping.spec(logistic.model) == .logistic)
        #expect(TrialSizer.parameterNames(logistic) == ["layer0.weight", "layer0.bias"])
    }

    @Test func functionKindsTrainTheirCoordinates() throws {
        let e = try #require(try Self.load("{kind: function, name: quadratic, start: [1, 2], scales: [1, 3]}", data: false))
        #expect(!e.model.trainsOnData && e.model.hidden.isEmpty)
        #expect(e.model.kind.coordinates == 2)
        #expect(try ModelMapping.spec(e.model) == .function(name: "quadratic", start: [1, 2], scales: [1, 3]))
    }

    @Test func aFunctionWhoseNameASweepSuppliesHasNoModelUntilTheTrialDecodesIt() throws {
        let kind = FunctionModelKind(function: nil, start: [], scales: nil)
        #expect(throws: TrialError.self) { try kind.spec() }
    }

    /// An invalid key of a model kind still lets the checks across sections run.
    @Test func anInvalidHiddenWidthKeepsTheChecksAcrossSections() throws {
        let files = try TempFiles()
        let text = """
            version: 1
            name: models
            model: {kind: mlp, hidden: [0]}
            optimizer: {kind: sgd, lr: 0.1}
            train: {epochs: 1}

            """
        let result = ExperimentLoader().check(file: try files.write("a.yaml", text))
        #expect(result.diagnostics.map(\.path) == ["", "model.hidden[0]"])
        #expect(result.diagnostics.first?.message == "missing required key 'data' for model 'mlp'")
    }
}
