/// Schedules one after another, switching at milestone ticks, as
/// `torch.optim.lr_scheduler.SequentialLR`.
///
/// Schedule `i` is in force from tick `milestones[i−1]` (0 for the first) and starts there
/// from its own tick 0 — as PyTorch's `scheduler.step(0)` restarts it from the closed form —
/// so every child is built from the same base rate and sees only its own ticks.
public struct SequenceSchedule: LRSchedule {
    public private(set) var schedules: [any LRSchedule]
    public let milestones: [Int]
    private var tick = 0
    private var active = 0

    /// `milestones` must be one fewer than `schedules` and non-decreasing, as in PyTorch.
    public init(schedules: [any LRSchedule], milestones: [Int]) throws {
        if schedules.isEmpty { throw ScheduleError("'schedules' must not be empty") }
        if milestones.count != schedules.count - 1 {
            let expected = schedules.count - 1
            let got = milestones.count
            throw ScheduleError("'milestones' must have \(expected) entries, got \(got)")
        }
        for (earlier, later) in zip(milestones, milestones.dropFirst()) where later < earlier {
            throw ScheduleError("'milestones' must be sorted, got \(milestones)")
        }
        self.schedules = schedules
        self.milestones = milestones
    }

    public var lr: Double { schedules[active].lr }
    public var momentum: Double? { schedules[active].momentum }

    /// The index of the schedule in force.
    public var activeIndex: Int { active }

    public mutating func advance(after observation: ScheduleObservation) {
        tick += 1
        // bisect_right: the number of milestones at or before this tick.
        var index = 0
        for milestone in milestones where milestone <= tick { index += 1 }
        if index != active && index > 0 && milestones[index - 1] == tick {
            active = index  // a fresh schedule, at its tick 0
        } else {
            schedules[active].advance(after: observation)
        }
    }
}
