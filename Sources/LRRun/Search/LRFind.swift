import LRConfig
import LREngine
import LRTrial

/// A learning-rate range test (Smith, 2017, §3.3) on an experiment's own model, initialiser,
/// optimizer, parameter groups, training options and training split (`RangeTest`).
///
/// The trainer is built exactly as a trial builds it (the experiment's seed is the trial
/// seed: same `init` stream, same `shuffle` stream); only the schedule is replaced by the
/// range test's exponential rise. The result is therefore a pure function of the experiment
/// and the three settings below.
package struct LRFind: Sendable, Equatable {
    package var startLR: Double
    package var endLR: Double
    package var steps: Int

    /// Defaults are fastai's `lr_find`: 1e-7 to 10 over 100 updates.
    package init(startLR: Double = 1e-7, endLR: Double = 10, steps: Int = 100) {
        self.startLR = startLR
        self.endLR = endLR
        self.steps = steps
    }

    /// The problem with the settings, named by their command-line flags; nil when fine.
    package var problem: String? {
        if !(startLR > 0 && startLR.isFinite) { return "'--start-lr' must be a positive number, got \(startLR)" }
        if !(endLR > 0 && endLR.isFinite) { return "'--end-lr' must be a positive number, got \(endLR)" }
        if !(startLR < endLR) { return "'--end-lr' (\(endLR)) must be greater than '--start-lr' (\(startLR))" }
        if steps < 2 || steps > 1_000_000 { return "'--num-steps' must be between 2 and 1000000, got \(steps)" }
        return nil
    }

    /// Runs the test on `experiment` (its `sweep:` is ignored; the base values are used).
    package func run(_ experiment: Experiment) throws(TrialError) -> RangeTestResult {
        if let problem { throw TrialError(problem) }
        let spec = TrialSpec(id: "lr-find", configurationID: "lr-find", assignments: [], seed: experiment.seed,
                             experiment: experiment)
        let isFunction = !experiment.model.trainsOnData
        let data = try TrialRunner.prepareData(for: experiment)
        if !isFunction && data == nil {
            throw TrialError("a model trained on data needs a 'data:' section", at: experiment.location(of: "model"))
        }
        let training = isFunction ? nil : data?.split.train
        let trainer = try TrialRunner.makeTrainer(spec, training: training)
        let test: RangeTest
        do {
            test = try RangeTest(startLR: startLR, endLR: endLR, steps: steps)
        } catch {
            throw TrialError("\(error)")
        }
        do {
            return try test.run(trainer: trainer, on: training, shuffle: TrialStreams.trial(TrialStreams.shuffle, spec))
        } catch {
            throw TrialError(error.message, at: experiment.location(of: "train"))
        }
    }

    /// The suggestion called `name` (`valley`, `steepest` or `minimum`) of `suggestions`.
    package static func suggestion(_ name: String, of suggestions: RangeTestSuggestions) -> Double? {
        switch name {
        case "valley": suggestions.valley
        case "steepest": suggestions.steepest
        case "minimum": suggestions.minimum
        default: nil
        }
    }

    /// The names a sweep may ask for, in the order they are printed.
    package static let suggestionNames = ["valley", "steepest", "minimum"]
}
