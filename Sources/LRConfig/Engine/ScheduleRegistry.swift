import LREngine

/// Builds the engine schedule a `schedule:` section describes; each kind in
/// ``ScheduleKinds/all`` builds its own.
///
/// Lengths a file leaves out — one_cycle `total_steps`, cosine `t_max`, linear and polynomial
/// `total_steps` — are the run's length in ticks (`ScheduleContext.length`). A `warmup:` wraps
/// the schedule in `WarmupSchedule`; the wrapped schedule then starts after the warmup, so its
/// default length is the run's length minus the warmup.
package enum ScheduleRegistry {
    /// The schedule `config` describes, warmup included; engine errors become `TrialError`s
    /// located at the `schedule:` section.
    package static func make(_ config: ScheduleConfig, context: ScheduleContext, experiment: Experiment? = nil)
        throws(TrialError) -> any LRSchedule
    {
        let location = experiment?.location(of: "schedule")
        do {
            guard let warmup = config.warmup else { return try config.kind.make(context) }
            let wrapped = try config.kind.make(context.shortened(by: warmup.steps))
            return try WarmupSchedule(wrapping: wrapped, steps: warmup.steps, startFactor: warmup.startFactor)
        } catch let error as TrialError {
            throw TrialError(error.message, at: error.location ?? location)
        } catch let error as ScheduleError {
            throw TrialError("schedule '\(config.name)': \(error.message)", at: location)
        } catch {
            throw TrialError("schedule '\(config.name)': \(error)", at: location)
        }
    }
}
