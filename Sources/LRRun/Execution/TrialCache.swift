import Foundation
import LRBundle
import LRConfig
import LRTrial

/// Finished trials on disk, by trial key: `<directory>/<trialKey>/` holds `curve.csv`,
/// `outcome.json` (the outcome without its curve, plus the curve's SHA-256) and `digest` (a
/// SHA-256 binding both files' bytes to the key; see `TrialCache+Digest.swift`).
///
/// An entry is written into a hidden staging sibling (`curve.csv`, `outcome.json`, then
/// `digest` last) and renamed into place, so a killed run leaves complete entries only, and
/// several processes (shards on several machines) may write one cache at once.
/// Reading checks the digest against the key and both files, so an edited `outcome.json` or an
/// entry copied under another key is not used; anything unexpected is a miss
/// (the trial is trained again and the entry rewritten), never an error. `failed` outcomes
/// are not stored: a failure may come from something outside the key (a file being written,
/// a full disk), so the next run tries again. Diverged trials are stored — divergence is a
/// result.
package struct TrialCache: Sendable {
    /// The entry format written into `outcome.json`. 2: entries carry a `digest`; 3: the
    /// `entropy_gain` feature gains (`feature_gains`); 4: function models' curves carry their
    /// coordinates (`x0`, `x1`, …).
    package static let format = "lrlab.cache/4"
    /// Formats of earlier lrlab versions: such an entry is a plain miss (trained again and
    /// rewritten without a warning), since it is outdated rather than damaged.
    package static let earlierFormats: Set<String> = ["lrlab.cache/1", "lrlab.cache/2", "lrlab.cache/3"]
    package static let outcomeFile = "outcome.json"
    package static let curveFile = "curve.csv"

    /// The cache root, e.g. `.lrlab/cache` relative to the working directory.
    package var directory: URL

    package init(directory: URL) {
        self.directory = directory
    }

    /// What a lookup found.
    package enum Lookup: Sendable, Equatable {
        case hit(TrialOutcome)
        case miss
        /// An entry is there but unusable; the reason says why.
        case corrupt(String)
    }

    /// The stored outcome of `key`, if there is a complete, intact one.
    package func lookup(key: String) -> Lookup {
        guard Self.isValidKey(key) else { return .miss }
        let entry = directory.appendingPathComponent(key)
        let outcomeURL = entry.appendingPathComponent(Self.outcomeFile)
        guard let outcomeData = FileManager.default.contents(atPath: outcomeURL.path) else {
            return FileManager.default.fileExists(atPath: entry.path) ? .corrupt("no \(Self.outcomeFile)") : .miss
        }
        do {
            let root = JSONReader(try JSONValue.parse(Array(outcomeData)))
            let format = try root.string("format")
            if Self.earlierFormats.contains(format) { return .miss }
            guard format == Self.format else { return .corrupt("unknown entry format") }
            guard let curveData = FileManager.default.contents(atPath: entry.appendingPathComponent(Self.curveFile).path)
            else { return .corrupt("no \(Self.curveFile)") }
            if let mismatch = Self.digestMismatch(entry: entry, key: key, outcome: Array(outcomeData), curve: Array(curveData)) {
                return .corrupt(mismatch)
            }
            guard try root.string("trial_key") == key else { return .corrupt("entry of another key") }
            let curveInfo = try root.member("curve")
            guard ContentHash.sha256(curveData) == (try curveInfo.string("sha256")) else {
                return .corrupt("\(Self.curveFile) does not match its hash")
            }
            let curve = try CurveCSV.table(String(decoding: curveData, as: UTF8.self))
            var outcome = TrialOutcome(
                status: try TrialOutcome.Status(reading: root.member("status")),
                message: try root.optionalString("message"),
                final: try TrialOutcome.Metric.list(reading: root.member("final")),
                best: try TrialOutcome.Metric.list(reading: root.member("best")),
                curve: curve, epochs: try root.int("epochs"), steps: try root.int("steps"),
                featureGains: try FeatureGain.list(reading: root.member("feature_gains")))
            outcome.log = try root.optionalMember("log").map { try $0.string() }
            return .hit(outcome)
        } catch {
            return .corrupt("\(error)")
        }
    }

    /// The stored outcome of `key`, nil on a miss or a corrupt entry.
    package func outcome(key: String) -> TrialOutcome? {
        if case .hit(let outcome) = lookup(key: key) { outcome } else { nil }
    }

    /// Stores `outcome` under `key` (not `failed` ones; see the type's documentation). An intact
    /// entry already there (another worker sharing the cache was first) is kept; a damaged one
    /// is replaced (`TrialCache+SharedWrite.swift`). The digest is written last: a staging
    /// directory without one is never renamed into place.
    package func store(_ outcome: TrialOutcome, key: String, trialID: String) throws {
        guard outcome.status != .failed, Self.isValidKey(key) else { return }
        let curve = Array(CurveCSV.text(outcome.curve).utf8)
        let record = JSONValue.object([
            ("format", .string(Self.format)),
            ("trial_key", .string(key)),
            ("trial", .string(trialID)),
            ("status", .string(outcome.status.rawValue)),
            ("message", .optional(outcome.message)),
            ("final", TrialOutcome.Metric.json(outcome.final)),
            ("best", TrialOutcome.Metric.json(outcome.best)),
            ("epochs", .integer(outcome.epochs)),
            ("steps", .integer(outcome.steps)),
            ("feature_gains", FeatureGain.json(outcome.featureGains)),
            ("curve", .object([("sha256", .string(ContentHash.sha256(curve))), ("bytes", .integer(curve.count))])),
        ] + (outcome.log.map { [("log", JSONValue.string($0))] } ?? []))
        let outcomeBytes = Array((record.pretty() + "\n").utf8)
        try ignoredByGit()
        try place(key: key) { temporary in
            try AtomicDirectory.writeFiles([
                (Self.curveFile, curve), (Self.outcomeFile, outcomeBytes),
                (Self.digestFile, Self.digest(key: key, outcome: outcomeBytes, curve: curve)),
            ], in: temporary)
        }
    }

    /// A `.gitignore` of `*` in the cache root, as pytest writes into its cache: the cache
    /// usually sits inside the user's repository, and `git add -A` must not pick it up.
    package func ignoredByGit() throws {
        let file = directory.appendingPathComponent(".gitignore")
        guard !FileManager.default.fileExists(atPath: file.path) else { return }
        try AtomicDirectory.createDirectory(directory)
        // Trials store in parallel: an atomic write means git never reads half a file.
        do { try Data("# Written by lrlab: the trial cache is not for version control.\n*\n".utf8).write(to: file, options: .atomic) } catch {
            throw BundleError.writeFailed(file.relativePath, reason: error.localizedDescription)
        }
    }

    /// Keys are file names: letters, digits, `-` and `_` only, so no key reaches outside the cache.
    package static func isValidKey(_ key: String) -> Bool {
        !key.isEmpty && key.utf8.count <= 200 && key.utf8.allSatisfy { byte in
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "_"):
                true
            default:
                false
            }
        }
    }
}
