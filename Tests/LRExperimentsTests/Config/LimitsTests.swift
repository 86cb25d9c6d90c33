import LRConfig
import LRRun
import Testing
import LRTestSupport

/// Sizes refused with a located error before anything large is built.
@Suite struct LimitsTests {
    @Test func extendsFanOutIsCappedAndEndsQuickly() throws {
        let files = try TempFiles()
        try files.write("d.yaml", minimalExperiment)
        let list = { (name: String) in "extends: [" + Array(repeating: name, count: 100).joined(separator: ", ") + "]\n" }
        try files.write("c.yaml", list("d.yaml"))
        try files.write("b.yaml", list("c.yaml"))
        let path = try files.write("a.yaml", list("b.yaml"))
        let result = ExperimentLoader().check(file: path)
        let d = try #require(result.diagnostics.first { $0.path == "extends" })
        #expect(d.message == "more than \(Limits.maxExtendsLoads) extends entries are followed")
        #expect(d.line == 1)
    }

    @Test func aBaseListedTwiceIsLoadedOnceAndMerges() throws {
        let files = try TempFiles()
        try files.write("d.yaml", minimalExperiment)
        try files.write("b.yaml", "extends: d.yaml\ntrain: {epochs: 5}\n")
        try files.write("c.yaml", "extends: d.yaml\n")
        let path = try files.write("a.yaml", "extends: [b.yaml, c.yaml, b.yaml]\n")
        let e = try ExperimentLoader().load(file: path)
        #expect(e.train.epochs == 5)
        #expect(e.name == "minimal")
    }

    @Test func deepExtendsChainIsCapped() throws {
        let files = try TempFiles()
        let depth = Limits.maxExtendsDepth + 2
        try files.write("f\(depth).yaml", minimalExperiment)
        for i in 0..<depth { try files.write("f\(i).yaml", "extends: f\(i + 1).yaml\n") }
        let result = ExperimentLoader().check(file: "\(files.directory)/f0.yaml")
        #expect(result.diagnostics.contains {
            $0.message == "extends chain is deeper than \(Limits.maxExtendsDepth) files" && $0.line == 1
        })
    }

    @Test func overridePathDeeperThanYAMLIsRefusedAtTheArgument() throws {
        let files = try TempFiles()
        let path = try files.write("a.yaml", minimalExperiment)
        let deep = Array(repeating: "a", count: 40_000).joined(separator: ".") + "=1"
        let result = ExperimentLoader().check(file: path, overrides: [deep])
        let d = try #require(result.diagnostics.first)
        #expect(d.file == "<command line>")
        #expect((d.line, d.column) == (1, 1))
        #expect(d.message.hasSuffix("has 40000 parts; at most 64 are allowed"))
    }

    @Test func manySeedsAreRefusedQuicklyBySize() throws {
        let files = try TempFiles()
        let seeds = (0..<200_000).map(String.init).joined(separator: ", ")
        let path = try files.write("a.yaml", minimalExperiment + "sweep:\n  method: grid\n  parameters: {optimizer.lr: [0.1]}\n  seeds: [\(seeds)]\n")
        let experiment = try ExperimentLoader().load(file: path)
        #expect(throws: ConfigError.self) { try SweepExpander().expand(experiment) }
        do {
            _ = try SweepExpander().expand(experiment)
        } catch {
            #expect(error.diagnostics.first?.message == "the sweep expands to more than 100000 trials")
        }
    }

    /// 100^3 = 10^6 configurations: counted, not built, and refused at the parameters.
    @Test func halvingOverAHugeGridIsRefusedBeforeItIsBuilt() throws {
        let files = try TempFiles()
        let values = "[" + (1...100).map { "0.\($0)" }.joined(separator: ", ") + "]"
        let path = try files.write("a.yaml", minimalExperiment.replacingOccurrences(of: "{kind: adam}", with: "{kind: sgd, lr: 0.1}") + """
            sweep:
              method: halving
              parameters:
                optimizer.lr: \(values)
                optimizer.momentum: \(values)
                optimizer.weight_decay: \(values)
              min_epochs: 1
              max_epochs: 3
              reduction_factor: 3
              brackets: 1

            """)
        let experiment = try ExperimentLoader().load(file: path)
        do {
            _ = try SweepExpander().expand(experiment)
            Issue.record("expected the sweep to be refused")
        } catch {
            let d = try #require(error.diagnostics.first)
            #expect(d.message == "the sweep expands to more than \(Limits.maxTrials) trials")
            #expect(d.path == "sweep.parameters")
            #expect(d.line == 10)
        }
    }

    @Test(arguments: [
        ("max_epochs: 9223372036854775807", "max_epochs", 15),
        ("max_epochs: 4611686018427387904", "max_epochs", 15),
        ("min_epochs: 2000000", "min_epochs", 15),
    ])
    func halvingEpochBudgetsAreBounded(line: String, key: String, column: Int) throws {
        let files = try TempFiles()
        let path = try files.write("a.yaml", minimalExperiment + """
            sweep:
              method: halving
              parameters: {optimizer.lr: [0.1, 0.01]}
              \(line)

            """)
        let result = ExperimentLoader().check(file: path)
        let d = try #require(result.diagnostics.first)
        #expect(d.path == "sweep.\(key)")
        #expect((d.line, d.column) == (10, column))
        #expect(d.message.hasPrefix("expected a positive integer <= \(Limits.maxEpochs)"))
    }

    @Test func pbtPopulationIsBounded() throws {
        let files = try TempFiles()
        let path = try files.write("a.yaml", minimalExperiment + """
            sweep:
              method: pbt
              population: 1000000000
              parameters: {optimizer.lr: {distribution: log_uniform, min: 1.0e-4, max: 0.1}}

            """)
        let result = ExperimentLoader().check(file: path)
        let d = try #require(result.diagnostics.first)
        #expect(d.path == "sweep.population")
        #expect((d.line, d.column) == (9, 15))
        #expect(d.message.hasPrefix("expected an integer in [2, \(Limits.maxPopulation)]"))
    }
}
