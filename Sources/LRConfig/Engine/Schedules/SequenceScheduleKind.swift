import LREngine

/// SequentialLR: `schedules[i]` runs from `milestones[i-1]` (0 for the first). A child's
/// default length is its own stretch: from its milestone to the next (the last: to the run's
/// end); the i-th child draws from the stream `schedule.<i>`.
package struct SequenceScheduleKind: ScheduleKind {
    package static let name = "sequence"
    package static let doc = "SequentialLR: child schedules switched at milestones."
    package static let keys = [
        KindKey.milestones.requiredKey,
        KindKey("schedules", .sectionList(.nestedSchedule, minCount: 2), "The child schedules, in order.", required: true),
    ]

    package var milestones: [Int]
    package var schedules: [ScheduleConfig]

    package var monitor: TrainConfig.Metric? { schedules.lazy.compactMap(\.kind.monitor).first }

    package func make(_ c: ScheduleContext) throws -> any LRSchedule {
        var built: [any LRSchedule] = []
        for (index, child) in schedules.enumerated() {
            let start = index > 0 && index - 1 < milestones.count ? milestones[index - 1] : 0
            let end = index < milestones.count ? milestones[index] : c.length
            built.append(try child.kind.make(c.child(index, length: end - start)))
        }
        return try SequenceSchedule(schedules: built, milestones: milestones)
    }
}

extension SequenceScheduleKind {
    /// Decodes the kind from checked fields (see ``ScheduleKind``).
    package init?(_ f: Fields, reader: inout SectionReader) {
        let children = f.sectionLists["schedules"] ?? []
        schedules = children.compactMap { ScheduleKeys.decode($0, reader: &reader) }
        milestones = f.requiredInts("milestones")
        if let written = f.written("milestones"), f.ints("milestones") != nil, children.count >= 2,
            milestones.count != children.count - 1
        {
            let count = children.count
            reader.error(written.location, f.path("milestones"),
                         "expected \(count - 1) milestone\(count == 2 ? "" : "s") for \(count) schedules, got \(milestones.count)")
        }
    }
}
