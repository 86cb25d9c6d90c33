import LRConfig
import LRTrial

extension TrialWork where Prepared == PreparedData? {
    /// lrlab's trials: data prepared by `TrialRunner.prepareData(for:)` (nil for function
    /// models), trained by `TrialRunner`.
    package static var runner: TrialWork<PreparedData?> {
        TrialWork(
            prepare: { spec in try TrialRunner.prepareData(for: spec.experiment) },
            train: { spec, data, progress in TrialRunner().run(spec, data: data, progress: progress) })
    }
}
