import Foundation
import LREngine
import Testing

@testable import LRConfig
@testable import LRTrial
@testable import LRRun
import LRTestSupport

/// Population-based training: exploitation, exploration and the bundle it writes.
@Suite struct PBTTests {
    static let text = """
        version: 1
        name: pbt
        seed: 3
        data: {source: iris, split: {train: 0.7, validation: 0.3, test: 0.0}}
        model: {kind: mlp, hidden: [8], activation: relu}
        optimizer: {kind: sgd, lr: 0.01, momentum: 0.9}
        train: {epochs: 3, batch_size: 16}
        sweep:
          method: pbt
          parameters:
            optimizer.lr: {distribution: log_uniform, min: 1.0e-3, max: 0.5}
          population: 4
          interval: 1
          fraction: 0.5
          perturb: [0.5, 2.0]

        """

    static func search(_ files: TempFiles) throws -> (PBTSearch, [TrialSpec], PreparedData) {
        let experiment = try #require(try ExperimentText.load(Self.text, files: files))
        let search = PBTSearch(sweep: try #require(experiment.sweep), experiment: experiment)
        var sources = SourceLines()
        let specs = try search.specs(sources: &sources).get()
        let data = try #require(try TrialRunner.prepareData(for: experiment))
        return (search, specs, data)
    }

    /// Right after exploitation a replaced member holds exactly the source's parameters and
    /// the source's rate times the drawn factor.
    @Test func exploitCopiesWeightsAndPerturbsTheRate() throws {
        let files = try TempFiles()
        let (search, specs, data) = try Self.search(files)
        var members = try search.members(specs: specs, data: data)
        for i in members.indices { try search.advance(&members[i], epochs: 1, firstEpoch: 1, split: data.split) }
        #expect(members[0].trainer.model.parameters != members[1].trainer.model.parameters)
        let before = members
        var rng = RandomStream(root: 3, trial: 1, name: "sweep")
        let events = search.exploit(&members, round: 0, epoch: 1, rng: &rng)
        #expect(events.count == 2)
        for event in events {
            #expect(event.member != event.source)
            #expect(members[event.member].trainer.model.parameters == before[event.source].trainer.model.parameters)
            #expect([0.5, 2.0].contains(event.factor))
            #expect(members[event.member].lr == before[event.source].lr * event.factor)
            // The source itself is untouched.
            #expect(members[event.source].trainer.model.parameters == before[event.source].trainer.model.parameters)
            // The replaced member was no better than its source.
            #expect(SearchObjective.loss(event.memberObjective, search.sweep.objective)
                >= SearchObjective.loss(event.sourceObjective, search.sweep.objective))
        }
        // A copied member trains on exactly as its source would with the same rate and data order.
        var copy = members[events[0].member]
        var source = before[events[0].source]
        source.lr = copy.lr
        source.shuffle = copy.shuffle
        try search.advance(&copy, epochs: 1, firstEpoch: 2, split: data.split)
        try search.advance(&source, epochs: 1, firstEpoch: 2, split: data.split)
        #expect(copy.trainer.model.parameters == source.trainer.model.parameters)
    }

    @Test func populationIsDeterministicAndRecordsItsLineage() throws {
        let files = try TempFiles()
        let (search, specs, data) = try Self.search(files)
        let a = try search.run(specs: specs, data: data)
        let b = try search.run(specs: specs, data: data)
        #expect(a.trials.map(\.outcome) == b.trials.map(\.outcome))
        #expect(a.events.count == 4)  // two per round, after epochs 1 and 2
        #expect(a.trials.count == 4 && Set(a.trials.map(\.spec.id)).count == 4)
        let record = search.record(a.trials, events: a.events)
        #expect(record.json.pretty() == search.record(b.trials, events: b.events).json.pretty())
        // The lr column shows each member's rate changing only at round boundaries.
        for (i, trial) in a.trials.enumerated() {
            let rates = try #require(trial.outcome.curve.column("lr")).compactMap { $0 }
            let changes = Set(rates).count - 1
            #expect(changes <= a.events.filter { $0.member == i }.count)
        }
    }

    /// Members tick their schedule by the monitored metric, so a monitor the data cannot give
    /// is refused as a whole run refuses it, where the members used to train watching
    /// something else.
    @Test func aMonitorTheDataCannotGiveIsRefused() throws {
        let files = try TempFiles()
        let text = Self.text
            .replacingOccurrences(of: "data: {source: iris,", with: "data: {source: diabetes,")
            .replacingOccurrences(
                of: "train: {epochs: 3", with: "schedule: {kind: plateau, monitor: val_accuracy}\ntrain: {epochs: 3")
        let experiment = try #require(try ExperimentText.load(text, files: files))
        let search = PBTSearch(sweep: try #require(experiment.sweep), experiment: experiment)
        var sources = SourceLines()
        let specs = try search.specs(sources: &sources).get()
        let data = try #require(try TrialRunner.prepareData(for: experiment))
        #expect {
            try search.run(specs: specs, data: data)
        } throws: { error in
            (error as? TrialError)?.description.contains("'val_accuracy' needs a classification task") == true
        }
    }
}
