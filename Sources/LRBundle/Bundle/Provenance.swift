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

    /// ISO 8601 in UTC with milliseconds, e.g. `2026-11-29T13:05:07.123Z`.
    package static func timestamp(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return formatter.string(from: date)
    }
}
