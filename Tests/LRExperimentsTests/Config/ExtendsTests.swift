import LRConfig
import Testing
import LRTestSupport

/// `extends:`: deep merge, order, cycles, missing files, errors located in the right file.
@Suite struct ExtendsTests {
    @Test func basesMergeDeeplyAndLaterEntriesWin() throws {
        let e = try ExperimentLoader().load(file: Fixtures.path("valid", "extends-two-bases.yaml"))
        #expect(e.data?.source.rawValue == "moons")
        #expect(e.data?.samples == 800)  // from the first base
        #expect(e.data?.noise == 0.3)  // the extending file wins
        #expect(e.train.epochs == 20)  // the second base wins over the first
        #expect(e.train.batchSize == 32)  // kept from the first base
        #expect(e.optimizer.name == "adam" && e.optimizer.lr == 0.003)
        #expect(e.model.hidden == [32, 32])
    }

    @Test func sequencesAreReplacedNotMerged() throws {
        let files = try TempFiles()
        try files.write("base.yaml", minimalExperiment.replacingOccurrences(of: "{kind: mlp}", with: "{kind: mlp, hidden: [8, 8, 8]}"))
        let path = try files.write("a.yaml", "extends: base.yaml\nmodel: {hidden: [4]}\n")
        let e = try ExperimentLoader().load(file: path)
        #expect(e.model.hidden == [4])
        #expect(e.name == "minimal")
    }

    @Test func errorsInABasePointIntoTheBase() throws {
        let files = try TempFiles()
        let base = try files.write("sub/base.yaml", "optimizer:\n  kind: adam\n  lr: -1\n")
        let path = try files.write("a.yaml", minimalExperiment.replacingOccurrences(of: "optimizer: {kind: adam}\n", with: "") + "extends: sub/base.yaml\n")
        let result = ExperimentLoader().check(file: path)
        let d = try #require(result.diagnostics.first)
        #expect(d.file == base)
        #expect((d.line, d.column) == (3, 7))
        #expect(d.text == "optimizer.lr: expected a positive number, got -1")
        #expect(d.sourceLine == "  lr: -1")
    }

    @Test func missingBaseIsReportedAtTheExtendsLine() throws {
        let files = try TempFiles()
        let path = try files.write("a.yaml", "version: 1\nextends: [nope.yaml]\n")
        let result = ExperimentLoader().check(file: path)
        let d = try #require(result.diagnostics.first { $0.path == "extends" })
        #expect(d.file == path)
        #expect((d.line, d.column) == (2, 11))
        #expect(d.message.hasSuffix("nope.yaml': no such file"))
    }

    @Test func selfCycleIsReported() throws {
        let files = try TempFiles()
        let path = try files.write("a.yaml", minimalExperiment + "extends: ./a.yaml\n")
        let result = ExperimentLoader().check(file: path)
        #expect(result.diagnostics.map(\.message) == ["'./a.yaml' closes an extends cycle"])
        #expect(result.diagnostics.first?.line == 7)
    }
}

/// The resolved document (extends and overrides applied) written back as YAML.
@Suite struct ResolvedYAMLTests {
    @Test func resolvedDocumentRoundTrips() throws {
        let e = try ExperimentLoader().load(
            file: Fixtures.path("valid", "extends-two-bases.yaml"), overrides: ["optimizer.lr=0.02"])
        let text = try e.resolvedYAML()
        #expect(!text.contains("extends:"))
        let files = try TempFiles()
        let again = try ExperimentLoader().load(file: try files.write("resolved.yaml", text))
        #expect(again.optimizer.lr == 0.02)
        #expect(again.data?.samples == 800 && again.data?.noise == 0.3)
        #expect(again.train.epochs == 20)
        #expect(try again.resolvedYAML() == text)
    }
}

/// Validating a document with sweep values substituted, as a sweep runner does.
@Suite struct TrialDocumentTests {
    @Test func substitutedValuesAreValidatedWhereTheyCameFrom() throws {
        let file = Fixtures.path("valid", "diabetes-constant-grid.yaml")
        let e = try ExperimentLoader().load(file: file)
        let sweep = try #require(e.sweep)
        guard case .list(let kinds) = sweep.parameters[0].values else {
            Issue.record("expected a list")
            return
        }
        var accepted: [String] = []
        for kind in kinds {
            let trial = try #require(e.document.setting(sweep.parameters[0].path, to: kind))
            let result = ExperimentLoader().check(document: trial, file: file)
            #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.text))")
            if let optimizer = result.experiment?.optimizer.name { accepted.append(optimizer) }
        }
        #expect(accepted == ["sgd", "adam", "rmsprop"])
        // A bad substituted value is reported at the value's own position, with its line.
        let bad = ConfigNode(.scalar(.string("fast"), text: "fast"), location: kinds[0].location)
        let trial = try #require(e.document.setting("optimizer.lr", to: bad))
        let d = try #require(ExperimentLoader().check(document: trial, file: file).diagnostics.first)
        #expect(d.text == "optimizer.lr: expected a positive number, got \"fast\"")
        #expect(d.line == 11 && d.sourceLine == "    optimizer.kind: [sgd, adam, rmsprop]")
        #expect(e.document.setting("name.x", to: bad) == nil)
    }
}
