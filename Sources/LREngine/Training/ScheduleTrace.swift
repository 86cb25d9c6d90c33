/// The extra values a schedule recorded while training (`LRSchedule.recordedNames`): one row
/// per update, in the order of the step records.
///
/// Row `k` holds the values in force during update `k` (`recordedValue`, read before it) and,
/// when update `k` ended a tick, what that tick's `advance` produced (`recordedOutcome`) in the
/// cells it fills. Stored in one flat array reserved with the step records, so recording
/// allocates nothing during training.
public struct ScheduleTrace: Sendable, Equatable {
    /// The schedule's `recordedNames`; empty when it records nothing.
    public let names: [String]
    /// Rows recorded (one per update, also when `names` is empty).
    public private(set) var count = 0
    /// `names.count` cells per row, row after row.
    private var cells: [Double?] = []

    public init(names: [String] = []) {
        self.names = names
    }

    /// The cells of row `index` (one per name); empty cells beyond the recorded rows.
    public subscript(row index: Int) -> ArraySlice<Double?> {
        guard index >= 0, index < count else { return ArraySlice(repeating: nil, count: names.count) }
        return cells[(index * names.count)..<((index + 1) * names.count)]
    }

    mutating func reserveCapacity(rows: Int) {
        cells.reserveCapacity(rows * names.count)
    }

    /// A new row with the values `schedule` has in force.
    mutating func appendRow(from schedule: any LRSchedule) {
        count += 1
        for index in names.indices { cells.append(schedule.recordedValue(index)) }
    }

    /// Writes the outcomes of the tick `schedule` just ended over the last row's cells.
    mutating func recordOutcome(of schedule: any LRSchedule) {
        guard count > 0 else { return }
        let start = (count - 1) * names.count
        for index in names.indices {
            if let outcome = schedule.recordedOutcome(index) { cells[start + index] = outcome }
        }
    }
}
