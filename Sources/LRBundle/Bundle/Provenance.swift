import Foundation
import LRConfig

/// `provenance.json`: when, where and how a bundle was produced. The only file of a bundle
/// that may differ between two runs of the same experiment; it is outside the content hash.
package struct Provenance: Sendable {
    package var started: Date
    package var finished: Date
    package var host: String
    package var lrlabVersion: String
    /// The project's git state where the experiment file lives; nil outside a repository.
    package var git: GitState?
    /// Trials run at once.
    package var jobs: Int
    /// The command that produced the bundle, program name first.
    package var commandLine: [String]
    /// Trials trained in this run, and trials taken from the cache.
    package var trained: Int
    package var cached: Int
    /// The operating system, architecture, compiler and processor.
    package var platform: Platform

    package init(
        started: Date, finished: Date, host: String = ProcessInfo.processInfo.hostName,
        lrlabVersion: String = LRConfig.lrlabVersion, git: GitState?, jobs: Int,
        commandLine: [String], trained: Int, cached: Int, platform: Platform = .current
    ) {
        self.started = started
        self.finished = finished
        self.host = host
        self.lrlabVersion = lrlabVersion
        self.git = git
        self.jobs = jobs
        self.commandLine = commandLine
        self.trained = trained
        self.cached = cached
        self.platform = platform
    }

    package var json: JSONValue {
        .object([
            ("started_at", .string(Self.timestamp(started))),
            ("finished_at", .string(Self.timestamp(finished))),
            ("duration_seconds", .double(finished.timeIntervalSince(started))),
            ("host", .string(host)),
            ("lrlab_version", .string(lrlabVersion)),
            ("git", git.map { .object([("commit", .string($0.commit)), ("dirty", .bool($0.dirty))]) } ?? .null),
            ("jobs", .integer(jobs)),
            ("command_line", .array(commandLine.map(JSONValue.string))),
            ("trials_trained", .integer(trained)),
            ("trials_cached", .integer(cached)),
            ("platform", platform.json),
        ])
    }

    /// ISO 8601 in UTC with milliseconds, e.g. `2026-11-29T13:05:07.123Z`, rounded to the
    /// nearest millisecond as Foundation's ISO 8601 formatter does. Written by hand: a date
    /// formatter loads the ICU data, which is most of a millisecond at every run.
    package static func timestamp(_ date: Date) -> String {
        let milliseconds = Int64((date.timeIntervalSince1970 * 1000).rounded())
        let day = milliseconds >= 0 ? milliseconds / 86_400_000 : (milliseconds + 1) / 86_400_000 - 1
        let ofDay = Int(milliseconds - day * 86_400_000)
        let (year, month, dayOfMonth) = civilDate(daysSinceEpoch: day)
        func digits(_ value: Int64, _ width: Int) -> String {
            let text = String(value)
            return String(repeating: "0", count: max(0, width - text.count)) + text
        }
        return "\(digits(year, 4))-\(digits(month, 2))-\(digits(dayOfMonth, 2))T"
            + "\(digits(Int64(ofDay / 3_600_000), 2)):\(digits(Int64(ofDay / 60_000 % 60), 2)):"
            + "\(digits(Int64(ofDay / 1000 % 60), 2)).\(digits(Int64(ofDay % 1000), 3))Z"
    }

    /// The proleptic Gregorian date `days` after 1970-01-01 (Hinnant's `civil_from_days`).
    static func civilDate(daysSinceEpoch days: Int64) -> (year: Int64, month: Int64, day: Int64) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}
