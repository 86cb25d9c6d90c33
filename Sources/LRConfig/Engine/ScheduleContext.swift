import LREngine

/// What a schedule needs besides its own settings: the optimizer's base rate, the run's length
/// in ticks (for lengths the file leaves out) and the random stream an `annealing` schedule
/// draws from.
package struct ScheduleContext: Sendable {
    /// The optimizer's `lr`.
    package var baseLR: Double
    /// Ticks the schedule will run: updates for `interval: step`, epochs for `interval:
    /// epoch`, `train.steps` for function models. At least 1.
    package var length: Int
    /// The trial's `schedule` stream; a `sequence`'s i-th child gets `schedule.<i>` (nested
    /// deeper: `schedule.<i>.<j>`), so two annealing children never share draws.
    package var random: RandomStream
    /// The seeds the stream came from, to derive children's streams.
    package var root: UInt64
    package var trial: UInt64
    package var streamName: String

    package init(baseLR: Double, length: Int, root: UInt64, trial: UInt64, streamName: String = TrialStreams.schedule) {
        self.baseLR = baseLR
        self.length = max(length, 1)
        self.root = root
        self.trial = trial
        self.streamName = streamName
        random = RandomStream(root: root, trial: trial, name: streamName)
    }

    /// The context of a `sequence`'s child `index`, running `length` ticks.
    package func child(_ index: Int, length: Int) -> ScheduleContext {
        ScheduleContext(baseLR: baseLR, length: length, root: root, trial: trial, streamName: "\(streamName).\(index)")
    }

    /// The context of a schedule that starts after `ticks` of warmup.
    package func shortened(by ticks: Int) -> ScheduleContext {
        var copy = self
        copy.length = max(length - ticks, 1)
        return copy
    }
}
