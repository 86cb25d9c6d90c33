import Testing
@testable import LRConfig
@testable import LRRun
import LRTestSupport
import LRExperimentsTestSupport

@Suite struct PipelineGraphTests {
    static let lrSweep = SweepSamples.lrSweep

    static func graph(_ yaml: String) throws -> (PipelineGraph, [TrialSpec]) { try SweepSamples.graph(yaml) }

    @Test func learningRateSweepSharesDataSplitAndInitByStage() throws {
        let (graph, trials) = try Self.graph(Self.lrSweep)
        #expect(trials.count == 6)
        let counts = PipelineStage.allCases.map { graph.nodes($0).count }
        // data, split, init (one per seed), train, evaluate, summarise, report
        #expect(counts == [1, 1, 2, 6, 6, 1, 1])
        #expect(Set(trials.map { graph.dataKey(for: $0) }).count == 1)
        #expect(Set(trials.map { graph.trialKey(for: $0) }).count == 6)
        #expect(Set(graph.nodes.map(\.key)).count == graph.nodes.count)
    }

    @Test func edgesFollowTheFlow() throws {
        let (graph, trials) = try Self.graph(Self.lrSweep)
        let byKey = Dictionary(uniqueKeysWithValues: graph.nodes.map { ($0.key, $0) })
        for node in graph.nodes {
            for input in node.inputs {
                let source = try #require(byKey[input])
                #expect(source.kind.rank == node.kind.rank - 1, "\(source.kind) -> \(node.kind)")
            }
        }
        #expect(graph.nodes(.summarise).first?.inputs.count == 6)
        // A trial's key is its evaluate node, whose chain reaches the shared split node.
        let evaluate = try #require(byKey[graph.trialKey(for: trials[0])])
        let train = try #require(byKey[evaluate.inputs[0]])
        let initialize = try #require(byKey[train.inputs[0]])
        #expect(initialize.inputs == [try #require(graph.dataKey(for: trials[0]))])
        // Nodes come in stage order.
        #expect(graph.nodes.map(\.kind.rank) == graph.nodes.map(\.kind.rank).sorted())
    }

    /// Keys of every stage of the first trial of `yaml`.
    static func keys(_ yaml: String) throws -> [PipelineStage: String] {
        let (graph, _) = try Self.graph(yaml)
        var out: [PipelineStage: String] = [:]
        for stage in PipelineStage.allCases { out[stage] = graph.nodes(stage).first?.key }
        return out
    }

    @Test func irrelevantChangesKeepEveryKey() throws {
        let base = try Self.keys(irisExperiment())
        let described = try Self.keys(irisExperiment(extra: "description: another run\noutput: {dir: elsewhere}\n"))
        #expect(base == described)
        // Spelling of a value does not matter either.
        let spelled = try Self.keys(irisExperiment(optimizer: "{kind: sgd, lr: 1.0e-1, momentum: 0.90}"))
        #expect(base == spelled)
    }

    @Test func changesMoveTheKeysOfTheStagesThatReadThem() throws {
        let base = try Self.keys(irisExperiment())
        let lr = try Self.keys(irisExperiment(optimizer: "{kind: sgd, lr: 0.2, momentum: 0.9}"))
        #expect(lr[.data] == base[.data] && lr[.split] == base[.split] && lr[.initialize] == base[.initialize])
        #expect(lr[.train] != base[.train] && lr[.evaluate] != base[.evaluate] && lr[.report] != base[.report])

        let hidden = try Self.keys(irisExperiment().replacingOccurrences(of: "hidden: [8]", with: "hidden: [16]"))
        #expect(hidden[.split] == base[.split] && hidden[.initialize] != base[.initialize] && hidden[.train] != base[.train])

        let split = try Self.keys(irisExperiment().replacingOccurrences(of: "{source: iris}", with: "{source: iris, split: {train: 0.8, validation: 0.1, test: 0.1}}"))
        #expect(split[.data] == base[.data] && split[.split] != base[.split] && split[.initialize] != base[.initialize])

        let seed = try Self.keys(irisExperiment(seed: 8))
        #expect(seed[.data] != base[.data])
    }

    @Test func dataNodeKeyFollowsTheCSVContentNotItsName() throws {
        let files = try TempFiles()
        func experiment(_ csv: String, name: String) throws -> [PipelineStage: String] {
            try files.write(name, csv)
            let path = try files.write("exp-\(name).yaml", """
                version: 1
                name: csv
                data: {source: csv, path: \(name), target: y}
                model: {kind: linear}
                optimizer: {kind: sgd, lr: 0.1}
                train: {epochs: 1}

                """)
            let e = try ExperimentLoader().load(file: path)
            let trials = try SweepExpander().trials(for: e)
            let graph = PipelineGraph(trials: trials, experiment: e)
            var out: [PipelineStage: String] = [:]
            for stage in PipelineStage.allCases { out[stage] = graph.nodes(stage).first?.key }
            return out
        }
        let a = try experiment("x,y\n1,2\n2,4\n3,6\n4,8\n", name: "a.csv")
        let b = try experiment("x,y\n1,2\n2,4\n3,6\n4,8\n", name: "b.csv")
        let c = try experiment("x,y\n1,2\n2,4\n3,6\n4,9\n", name: "c.csv")
        #expect(a[.data] == b[.data])
        #expect(a[.data] != c[.data])
    }

    @Test func functionModelsHaveNoDataNodes() throws {
        let f = try SweepFixture("""
            version: 1
            name: rosenbrock
            model: {kind: function, name: rosenbrock, start: [-1.5, 2.0]}
            optimizer: {kind: adam, lr: 0.01}
            train: {steps: 100}
            sweep:
              method: grid
              parameters:
                optimizer.lr: [0.01, 0.1]

            """)
        let trials = try f.trials()
        let graph = PipelineGraph(trials: trials, experiment: f.experiment)
        #expect(PipelineStage.allCases.map { graph.nodes($0).count } == [0, 0, 1, 2, 2, 1, 1])
        #expect(graph.dataKey(for: trials[0]) == nil)
    }
}
