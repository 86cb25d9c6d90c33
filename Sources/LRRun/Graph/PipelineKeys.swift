import Foundation
import LRConfig

/// The content keys of one trial's pipeline nodes.
///
/// Each key is the SHA-256 of a canonical text: one `name value` line per input, in a fixed
/// order, config sections in canonical flow form (``ConfigNode/canonicalText``), and the lrlab
/// version first. A node's key depends only on the config that node reads and on its inputs'
/// keys, so changing `description:` or `output:` changes no key, while changing
/// `optimizer.lr` changes the train node and everything after it, never the data.
package struct PipelineKeys: Sendable {
    /// Nil for function models (they have no data).
    package var data: String?
    package var split: String?
    package var initialize: String
    package var train: String
    package var evaluate: String

    package init(trial: TrialSpec) {
        let e = trial.experiment
        let doc = e.document
        let section = { (name: String) in doc[name]?.canonicalText ?? "none" }
        if let config = e.data {
            var read = doc["data"]?.removing("split").removing("standardize")
            var csv: [(String, String)] = []
            // A CSV's content, not its name, is what the data node reads.
            if config.source == .csv, let path = config.path {
                read = read?.removing("path")
                csv = [("csv-sha256", Self.fileHash(path))]
            }
            if config.source == .idx, let idx = config.idx {
                read = read?.removing("images").removing("labels")
                csv = [("idx-images-sha256", Self.fileHash(idx.images)), ("idx-labels-sha256", Self.fileHash(idx.labels))]
            }
            let lines = [("data", read?.canonicalText ?? "none"), ("root-seed", "\(e.seed)")] + csv
            let data = Self.key(.data, lines)
            let s = config.split
            split = Self.key(.split, [
                ("split", "train=\(ConfigNode.canonicalNumber(s.train)) validation=\(ConfigNode.canonicalNumber(s.validation)) test=\(ConfigNode.canonicalNumber(s.test))"),
                ("standardize", "\(config.standardize)"), ("data", data),
            ])
            self.data = data
        } else {
            data = nil
            split = nil
        }
        initialize = Self.key(.initialize, [
            ("model", section("model")), ("initializer", section("initializer")),
            ("root-seed", "\(e.seed)"), ("trial-seed", "\(trial.seed)"), ("split", split ?? "none"),
        ])
        train = Self.key(.train, [
            ("optimizer", section("optimizer")), ("schedule", section("schedule")), ("train", section("train")),
            ("trial-seed", "\(trial.seed)"), ("init", initialize),
        ] + Self.externalLines(e))
        // An `epochs_to` target is read from the trial's epochs into its outcome.
        let target = trial.target.map { [("epochs-to", $0.recordedName)] } ?? []
        evaluate = Self.key(.evaluate, [("train", train)] + target)
    }

    /// What an external trainer's results depend on beyond the sections lrlab reads: its
    /// command, the data settings it reads itself, its updates per epoch, and the contents of
    /// its `hash_files` (so an edited script is never served from the cache).
    static func externalLines(_ e: Experiment) -> [(String, String)] {
        guard let trainer = e.trainer else { return [] }
        let doc = e.document
        return [
            ("trainer-command", doc["trainer"]?["command"]?.canonicalText ?? "none"),
            ("trainer-steps-per-epoch", trainer.stepsPerEpoch.map(String.init) ?? "any"),
            ("data", doc["data"]?.canonicalText ?? "none"),
        ] + trainer.hashFiles.map { ("trainer-file-sha256", Self.fileHash($0)) }
    }

    /// The key of the node that aggregates `evaluateKeys` (sorted, so trial order does not matter).
    package static func summarise(_ evaluateKeys: [String]) -> String {
        key(.summarise, evaluateKeys.sorted().map { ("evaluate", $0) })
    }

    package static func report(_ summariseKey: String) -> String {
        key(.report, [("summarise", summariseKey)])
    }

    /// SHA-256 of `lrlab <version>`, `stage <name>` and the given lines.
    package static func key(_ stage: PipelineStage, _ lines: [(String, String)]) -> String {
        let text = ([("lrlab", lrlabVersion), ("stage", stage.rawValue)] + lines)
            .map { "\($0.0) \($0.1)\n" }.joined()
        return ContentHash.sha256(text)
    }

    /// SHA-256 of a file's bytes, or `unreadable` (the loader has already reported a missing file).
    package static func fileHash(_ path: String) -> String {
        guard let data = FileManager.default.contents(atPath: path) else { return "unreadable" }
        return ContentHash.sha256([UInt8](data))
    }
}
