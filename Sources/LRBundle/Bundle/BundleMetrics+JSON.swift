import LRConfig
import LRTrial

/// `metrics.json`: fixed key order, numbers in shortest round-trip form, non-finite metric
/// values as the strings `"nan"`, `"inf"`, `"-inf"`.
extension BundleMetrics {
    package var json: JSONValue {
        .object([
            ("experiment", .string(experiment)),
            ("objective", .object([
                ("metric", .string(objective.metric)),
                ("goal", .string(objective.maximize ? "maximize" : "minimize")),
                ("requested_metric", .optional(objective.requested)),
                ("note", .optional(objective.note)),
            ])),
            ("best", best.map { .object([("configuration", .string($0.configuration)), ("value", .double($0.value))]) }
                ?? .null),
            ("configurations", .array(configurations.map(\.json))),
            ("trials", .array(trials.map(\.json))),
        ])
    }

    /// Reads `metrics.json` back; shape errors name the key path.
    package init(reading root: JSONReader) throws(JSONShapeError) {
        let objective = try root.member("objective")
        let goal = try objective.member("goal")
        guard let maximize = ["minimize": false, "maximize": true][try goal.string()] else {
            throw JSONShapeError(path: goal.path, message: "expected \"minimize\" or \"maximize\"")
        }
        var best: Best?
        if let entry = try root.optionalMember("best") {
            best = Best(configuration: try entry.string("configuration"), value: try entry.double("value"))
        }
        var configurations: [Configuration] = []
        for item in try root.items("configurations") { configurations.append(try Configuration(reading: item)) }
        var trials: [Trial] = []
        for item in try root.items("trials") { trials.append(try Trial(reading: item)) }
        self.init(
            experiment: try root.string("experiment"),
            objective: Objective(
                metric: try objective.string("metric"), maximize: maximize,
                requested: try objective.optionalString("requested_metric"),
                note: try objective.optionalString("note")),
            trials: trials, configurations: configurations, best: best)
    }
}

extension BundleMetrics.Trial {
    package var json: JSONValue {
        .object([
            ("id", .string(id)),
            ("configuration", .string(configuration)),
            ("parameters", BundleMetrics.Parameter.json(parameters)),
            ("seed", .integer(seed)),
            ("status", .string(status.rawValue)),
            ("message", .optional(message)),
            ("final", TrialOutcome.Metric.json(final)),
            ("best", TrialOutcome.Metric.json(best)),
            ("epochs", .integer(epochs)),
            ("steps", .integer(steps)),
        ])
    }

    package init(reading item: JSONReader) throws(JSONShapeError) {
        self.init(
            id: try item.string("id"), configuration: try item.string("configuration"),
            parameters: try BundleMetrics.Parameter.list(reading: item.member("parameters")),
            seed: try item.int("seed"), status: try TrialOutcome.Status(reading: item.member("status")),
            message: try item.optionalString("message"),
            final: try TrialOutcome.Metric.list(reading: item.member("final")),
            best: try TrialOutcome.Metric.list(reading: item.member("best")),
            epochs: try item.int("epochs"), steps: try item.int("steps"))
    }
}

extension BundleMetrics.Configuration {
    package var json: JSONValue {
        .object([
            ("id", .string(id)),
            ("parameters", BundleMetrics.Parameter.json(parameters)),
            ("trials", .array(trials.map(JSONValue.string))),
            ("statuses", .object(statuses.map { ($0.status.rawValue, .integer($0.count)) })),
            ("metrics", .object(metrics.map { summary in
                (summary.name, .object([
                    ("mean", summary.mean.map(JSONValue.double) ?? .null),
                    ("std", summary.std.map(JSONValue.double) ?? .null),
                    ("n", .integer(summary.n)),
                ]))
            })),
        ])
    }

    package init(reading item: JSONReader) throws(JSONShapeError) {
        var trials: [String] = []
        for trial in try item.items("trials") { trials.append(try trial.string()) }
        var statuses: [BundleMetrics.StatusCount] = []
        for (key, value) in try item.member("statuses").members() {
            guard let status = TrialOutcome.Status(rawValue: key) else {
                throw JSONShapeError(path: value.path, message: "unknown status '\(key)'")
            }
            statuses.append(.init(status: status, count: try value.int()))
        }
        var metrics: [BundleMetrics.MetricSummary] = []
        for (name, value) in try item.member("metrics").members() {
            metrics.append(.init(
                name: name, mean: try value.optionalDouble("mean"), std: try value.optionalDouble("std"),
                n: try value.int("n")))
        }
        self.init(
            id: try item.string("id"),
            parameters: try BundleMetrics.Parameter.list(reading: item.member("parameters")),
            trials: trials, statuses: statuses, metrics: metrics)
    }
}

extension BundleMetrics.Parameter {
    package static func json(_ parameters: [Self]) -> JSONValue {
        .object(parameters.map { ($0.path, $0.value) })
    }

    package static func list(reading object: JSONReader) throws(JSONShapeError) -> [Self] {
        try object.members().map { Self(path: $0.key, value: $0.value.value) }
    }
}

extension TrialOutcome.Metric {
    /// Metrics as one JSON object, in their order.
    package static func json(_ metrics: [Self]) -> JSONValue {
        .object(metrics.map { ($0.name, .double($0.value)) })
    }

    package static func list(reading object: JSONReader) throws(JSONShapeError) -> [Self] {
        var metrics: [Self] = []
        for (name, value) in try object.members() { metrics.append(Self(name, try value.double())) }
        return metrics
    }
}

extension TrialOutcome.Status {
    package init(reading value: JSONReader) throws(JSONShapeError) {
        guard let status = Self(rawValue: try value.string()) else {
            throw JSONShapeError(
                path: value.path,
                message: "expected one of " + Self.allCases.map { "'\($0.rawValue)'" }.joined(separator: ", "))
        }
        self = status
    }
}
