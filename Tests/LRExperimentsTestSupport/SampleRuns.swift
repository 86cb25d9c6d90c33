import Foundation
import LRConfig
import LRTrial
import LRBundle
import LRTestSupport

/// Hand-made runs for bundle and cache tests: a loaded experiment with a two-value learning-rate
/// sweep over two seeds, and outcomes chosen so the summary is known exactly.
package enum SampleRuns {
    package static let experimentText = """
        version: 1
        name: sample-sweep
        seed: 7
        data: {source: moons, samples: 64}
        model: {kind: mlp, hidden: [4]}
        optimizer: {kind: sgd, lr: 0.1}
        train: {epochs: 2, batch_size: 16}
        sweep:
          method: grid
          parameters:
            optimizer.lr: [0.1, 1000]
          seeds: [1, 2]

        """

    /// The experiment, loaded from a scratch file kept alive by `files`.
    package static func experiment(_ files: TempFiles, text: String = experimentText) throws -> Experiment {
        let path = try files.write("sample.yaml", text)
        return try ExperimentLoader().load(file: path)
    }

    package static func node(_ value: Double) -> ConfigNode {
        ConfigNode(.scalar(.float(value), text: value.description), location: SourceLocation(file: "x", line: 1, column: 1))
    }

    package static func spec(_ experiment: Experiment, lr: Double, seed: Int) -> TrialSpec {
        let configuration = lr == 0.1 ? "c0000000000a" : "c0000000000b"
        return TrialSpec(
            id: configuration + "\(seed)", configurationID: configuration,
            assignments: [.init(path: "optimizer.lr", value: node(lr))], seed: seed, experiment: experiment)
    }

    package static func outcome(trainLoss: Double, valLoss: Double, status: TrialOutcome.Status = .ok) -> TrialOutcome {
        TrialOutcome(
            status: status, message: status == .diverged ? "loss is inf at step 3" : nil,
            final: [.init("train_loss", trainLoss), .init("val_loss", valLoss), .init("val_accuracy", 0.75)],
            best: [.init("best_val_loss", valLoss), .init("best_epoch", 2)],
            curve: CurveTable(
                columns: ["step", "epoch", "lr", "train_loss", "val_loss"],
                rows: [[1, 1, 0.1, trainLoss * 2, nil], [2, 1, 0.1, trainLoss, valLoss]]),
            epochs: 2, steps: 2)
    }

    /// Four trials: lr 0.1 (seeds 1, 2) ok with val_loss 0.25 and 0.5; lr 1000 diverged.
    package static func result(_ experiment: Experiment) -> RunResult {
        RunResult(experiment: experiment, trials: [
            .init(spec: spec(experiment, lr: 0.1, seed: 1), outcome: outcome(trainLoss: 0.5, valLoss: 0.25)),
            .init(spec: spec(experiment, lr: 0.1, seed: 2), outcome: outcome(trainLoss: 0.25, valLoss: 0.5)),
            .init(spec: spec(experiment, lr: 1000, seed: 1),
                  outcome: outcome(trainLoss: .infinity, valLoss: .nan, status: .diverged)),
            .init(spec: spec(experiment, lr: 1000, seed: 2),
                  outcome: outcome(trainLoss: .infinity, valLoss: .nan, status: .diverged)),
        ])
    }

    package static func provenance(jobs: Int = 1) -> Provenance {
        Provenance(
            started: Date(), finished: Date(), git: nil, jobs: jobs, commandLine: ["lrlab", "run", "sample.yaml"],
            trained: 4, cached: 0)
    }
}
