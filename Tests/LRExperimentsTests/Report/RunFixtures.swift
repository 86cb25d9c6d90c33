import Foundation
import LRYAML
@testable import LRConfig
@testable import LRTrial
import LRTestSupport

/// Hand-built runs for summary and report tests: a real experiment loaded from YAML, trials
/// with made-up but deterministic curves and metrics.
enum RunFixtures {
    /// An experiment loaded from `yaml` through `ExperimentLoader`.
    static func experiment(_ yaml: String) throws -> Experiment {
        let files = try TempFiles()
        let path = try files.write("experiment.yaml", yaml)
        return try ExperimentLoader().load(file: path)
    }

    static let sweepYAML = """
        version: 1
        name: adam-vs-sgd
        description: Does Adam reach a lower validation loss than SGD with momentum on iris, over three seeds?
        seed: 7
        data: {source: iris}
        model: {kind: mlp, hidden: [8]}
        optimizer: {kind: adam, lr: 0.01}
        schedule: {kind: cosine}
        train: {epochs: 4}
        sweep:
          method: grid
          parameters:
            optimizer.kind: [adam, sgd]
            optimizer.lr: [0.01, 0.1]
          seeds: [1, 2, 3]
          objective: {metric: val_loss, goal: minimize}

        """

    static let singleYAML = """
        version: 1
        name: rosenbrock-adam
        description: How fast does Adam descend the Rosenbrock valley?
        seed: 3
        model: {kind: function, name: rosenbrock, start: [-1.5, 2]}
        optimizer: {kind: adam, lr: 0.05}
        train: {steps: 50}

        """

    /// The swept values of `experiment` as assignments, one list per parameter.
    static func values(_ experiment: Experiment) -> [[TrialSpec.Assignment]] {
        (experiment.sweep?.parameters ?? []).map { parameter in
            guard case .list(let nodes) = parameter.values else { return [] }
            return nodes.map { TrialSpec.Assignment(path: parameter.path, value: $0) }
        }
    }

    /// A curve of `epochs` × `perEpoch` steps: loss decaying from `start` to about `end`,
    /// cosine lr from `lr`, validation measured at each epoch's last step.
    static func curve(start: Double, end: Double, lr: Double, epochs: Int, perEpoch: Int, diverge: Int? = nil)
        -> CurveTable
    {
        var table = CurveTable(columns: ["step", "epoch", "lr", "train_loss", "val_loss", "val_accuracy"])
        let total = epochs * perEpoch
        for step in 1...total {
            let epoch = (step - 1) / perEpoch + 1
            let progress = Double(step) / Double(total)
            var loss = end + (start - end) * exp(-4 * progress)
            if let diverge, step >= diverge { loss = step == diverge ? .infinity : .nan }
            let rate = lr * 0.5 * (1 + cos(Double.pi * Double(step - 1) / Double(total)))
            let measured = step % perEpoch == 0
            table.rows.append([
                Double(step), Double(epoch), rate, loss,
                measured ? loss * 1.1 : nil, measured ? min(1, 1 - loss / 2) : nil,
            ])
            if let diverge, step >= diverge { break }
        }
        return table
    }

    /// Final metrics as a trial would report them.
    static func finals(train: Double, val: Double, accuracy: Double) -> [TrialOutcome.Metric] {
        [.init("train_loss", train), .init("val_loss", val), .init("val_accuracy", accuracy)]
    }

    /// Four configurations (adam/sgd × two rates) over seeds 1–3. `adam, lr=0.01` is best;
    /// `sgd, lr=0.1` has one diverged seed, `sgd, lr=0.01` one failed seed.
    static func sweepRun() throws -> RunResult {
        let experiment = try experiment(sweepYAML)
        let lists = values(experiment)
        let valLoss: [[Double]] = [
            [0.123, 0.119, 0.127],  // adam 0.01
            [0.181, 0.172, 0.190],  // adam 0.1
            [0.125, 0.131, 0.119],  // sgd 0.01 (one seed failed below)
            [0.140, 0.152, 0.133],  // sgd 0.1 (one seed diverged below)
        ]
        var trials: [RunResult.Trial] = []
        var configuration = 0
        for kind in lists[0] {
            for lr in lists[1] {
                let lrValue = lr.value.scalar.flatMap { if case .float(let d) = $0 { d } else { nil } } ?? 0.01
                for (s, seed) in [1, 2, 3].enumerated() {
                    let config = "c\(configuration)"
                    let spec = TrialSpec(
                        id: "t\(configuration)\(seed)", configurationID: config, assignments: [kind, lr],
                        seed: seed, experiment: experiment)
                    let val = valLoss[configuration][s]
                    let outcome: TrialOutcome
                    if configuration == 3, seed == 2 {
                        outcome = TrialOutcome(
                            status: .diverged, message: "loss became nan at step 9",
                            final: [.init("train_loss", .nan)], best: [.init("best_val_loss", 1.02)],
                            curve: curve(start: 1.1, end: 0.5, lr: lrValue, epochs: 4, perEpoch: 5, diverge: 9),
                            epochs: 1, steps: 9)
                    } else if configuration == 2, seed == 3 {
                        outcome = TrialOutcome(
                            status: .failed, message: "could not read 'data/x.csv' | line 3", final: [], best: [],
                            curve: CurveTable(columns: ["step", "epoch", "lr", "train_loss"]), epochs: 0, steps: 0)
                    } else {
                        let train = val * 0.8
                        outcome = TrialOutcome(
                            status: configuration == 1 && seed == 3 ? .stopped : .ok,
                            final: finals(train: train, val: val, accuracy: 1 - val),
                            best: [.init("best_val_loss", val), .init("best_epoch", 4)],
                            curve: curve(
                                start: 1.1 + 0.05 * Double(seed), end: train, lr: lrValue, epochs: 4, perEpoch: 5),
                            epochs: 4, steps: 20)
                    }
                    trials.append(RunResult.Trial(spec: spec, outcome: outcome))
                }
                configuration += 1
            }
        }
        return RunResult(experiment: experiment, trials: trials)
    }

    /// One function-model trial, no sweep: no validation metrics at all.
    static func singleRun() throws -> RunResult {
        let experiment = try experiment(singleYAML)
        var curve = CurveTable(columns: ["step", "lr", "train_loss"])
        for step in 1...50 {
            curve.rows.append([Double(step), 0.05, 4 * exp(-Double(step) / 10) + 0.01])
        }
        let spec = TrialSpec(id: "single", configurationID: "base", assignments: [], seed: 3, experiment: experiment)
        let outcome = TrialOutcome(
            status: .ok, final: [.init("train_loss", 0.0367)], best: [], curve: curve, epochs: 0, steps: 50)
        return RunResult(experiment: experiment, trials: [RunResult.Trial(spec: spec, outcome: outcome)])
    }
}
