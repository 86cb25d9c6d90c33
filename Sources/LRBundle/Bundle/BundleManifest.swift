import LRConfig

/// `bundle.json`: what the bundle is and what it holds.
///
/// `files` lists every file except `bundle.json` and `provenance.json`, sorted by path;
/// `content_sha256` is `BundleFile.contentHash(files)`, so two bundles with equal content
/// hashes hold the same results whatever machine or day produced them.
package struct BundleManifest: Sendable, Equatable {
    /// The objective and its winner, repeated from `metrics.json` for a quick look.
    package struct Objective: Sendable, Equatable {
        package var metric: String
        package var maximize: Bool
        package var bestConfiguration: String?
        package var bestValue: Double?
    }

    /// One data set the trials trained on and the SHA-256 of its prepared parts
    /// (`DataDescription.digest`), so `diff` and `check` can say when the data changed.
    package struct DataDigest: Sendable, Equatable {
        package var name: String
        package var sha256: String
    }

    package var format: String
    package var lrlabVersion: String
    package var experiment: String
    /// SHA-256 of `config.yaml`.
    package var configSHA256: String
    package var contentSHA256: String
    package var trialCount: Int
    package var objective: Objective
    package var files: [BundleFile]
    /// Empty for runs without data (function models) and bundles written before it existed.
    package var data: [DataDigest] = []

    package var json: JSONValue {
        .object([
            ("format", .string(format)),
            ("lrlab_version", .string(lrlabVersion)),
            ("experiment", .string(experiment)),
            ("config_sha256", .string(configSHA256)),
            ("content_sha256", .string(contentSHA256)),
            ("trial_count", .integer(trialCount)),
            ("objective", .object([
                ("metric", .string(objective.metric)),
                ("goal", .string(objective.maximize ? "maximize" : "minimize")),
                ("best_configuration", .optional(objective.bestConfiguration)),
                ("best_value", objective.bestValue.map(JSONValue.double) ?? .null),
            ])),
            ("files", .array(files.map { file in
                .object([("path", .string(file.path)), ("sha256", .string(file.sha256)), ("size", .integer(file.size))])
            })),
        ] + (data.isEmpty ? [] : [("data", .array(data.map { .object([("name", .string($0.name)), ("sha256", .string($0.sha256))]) }))]))
    }

    /// Reads the manifest; the caller checks `format` first (see `BundleReader`).
    package init(reading root: JSONReader) throws(JSONShapeError) {
        let objective = try root.member("objective")
        var files: [BundleFile] = []
        for item in try root.items("files") {
            files.append(BundleFile(path: try item.string("path"), sha256: try item.string("sha256"), size: try item.int("size")))
        }
        self.init(
            format: try root.string("format"), lrlabVersion: try root.string("lrlab_version"),
            experiment: try root.string("experiment"), configSHA256: try root.string("config_sha256"),
            contentSHA256: try root.string("content_sha256"), trialCount: try root.int("trial_count"),
            objective: Objective(
                metric: try objective.string("metric"), maximize: try objective.string("goal") == "maximize",
                bestConfiguration: try objective.optionalString("best_configuration"),
                bestValue: try objective.optionalDouble("best_value")),
            files: files)
        if let digests = try root.optionalMember("data") {
            data = try digests.items().map { item throws(JSONShapeError) in
                DataDigest(name: try item.string("name"), sha256: try item.string("sha256"))
            }
        }
    }

    package init(
        format: String = BundleLayout.format, lrlabVersion: String, experiment: String, configSHA256: String,
        contentSHA256: String, trialCount: Int, objective: Objective, files: [BundleFile]
    ) {
        self.format = format
        self.lrlabVersion = lrlabVersion
        self.experiment = experiment
        self.configSHA256 = configSHA256
        self.contentSHA256 = contentSHA256
        self.trialCount = trialCount
        self.objective = objective
        self.files = files
    }
}
