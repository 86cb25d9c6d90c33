/// A schedule setting out of its domain, reported by the schedule's initialiser.
///
/// The message is short and lowercase with the setting's YAML name in quotes
/// (`'step_size' must be at least 1, got 0`); the experiments layer adds the location.
public struct ScheduleError: Error, Sendable, Equatable, CustomStringConvertible {
    public var message: String

    public init(_ message: String) { self.message = message }

    public var description: String { message }

    /// Throws unless `value ≥ minimum`.
    static func require(_ key: String, _ value: Int, atLeast minimum: Int) throws {
        if value < minimum {
            throw ScheduleError("'\(key)' must be at least \(minimum), got \(value)")
        }
    }

    /// Throws unless `minimum ≤ value ≤ maximum`.
    static func require(_ key: String, _ value: Int, atLeast minimum: Int, atMost maximum: Int)
        throws
    {
        try require(key, value, atLeast: minimum)
        if value > maximum {
            throw ScheduleError("'\(key)' must be at most \(maximum), got \(value)")
        }
    }

    /// The largest tick count a schedule accepts (2⁴⁰), so tick arithmetic never overflows.
    public static let maximumTicks = 1 << 40

    /// Throws unless `value` is finite and `> 0`.
    static func requirePositive(_ key: String, _ value: Double) throws {
        if !(value > 0 && value.isFinite) {
            throw ScheduleError("'\(key)' must be a positive number, got \(value)")
        }
    }

    /// Throws unless `value` is finite and `≥ 0`.
    static func requireNonNegative(_ key: String, _ value: Double) throws {
        if !(value >= 0 && value.isFinite) {
            throw ScheduleError("'\(key)' must be a non-negative number, got \(value)")
        }
    }

    /// Throws unless `low ≤ value ≤ high` (`value > low` when `openBelow`).
    static func require(
        _ key: String, _ value: Double, in low: Double, _ high: Double, openBelow: Bool = false
    ) throws {
        let aboveLow = openBelow ? value > low : value >= low
        if !(aboveLow && value <= high) {
            let interval = openBelow ? "(\(low), \(high)]" : "[\(low), \(high)]"
            throw ScheduleError("'\(key)' must be in \(interval), got \(value)")
        }
    }
}
