import Foundation

/// `provenance.json`: when, where and how a bundle was produced. The only file of a bundle
/// that may differ between two runs of the same experiment; it is outside the content hash.
public struct Provenance: Sendable {
    public var started: Date
    public var finished: Date
    public var host: String
    public var lrlabVersion: String
    /// The project's git state where the experiment file lives; nil outside a repository.
    public var git: GitState?
    /// Trials run at once.
    public var jobs: Int
    /// The command that produced the bundle, program name first.
    public var commandLine: [String]
    /// Trials trained in this run, and trials taken from the cache.
    public var trained: Int
    public var cached: Int
    /// The operating system, architecture, compiler and processor.
    public var platform: Platform

    public init(
        started: Date, finished: Date, host: String = ProcessInfo.processInfo.hostName,
        lrlabVersion: String = LRExperiments.lrlabVersion, git: GitState?, jobs: Int,
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

    public var json: JSONValue {
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
    static func timestamp(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return formatter.string(from: date)
    }
}
