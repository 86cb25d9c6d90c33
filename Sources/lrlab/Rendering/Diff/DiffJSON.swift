import LRBundle
import LRConfig
import LRReport

/// The JSON form of a diff (`lrlab.diff/2`, see `schemas/diff.schema.json`), keys in a fixed
/// order, numbers rounded to `--precision` significant digits when given.
package enum DiffJSON {
    package static let format = "lrlab.diff/2"

    package static func render(_ diffs: [BundleDiff], options: DiffOptions) -> JSONValue {
        .object([
            ("format", .string(format)),
            ("tolerance", .object([("atol", .number(options.atol)), ("rtol", .number(options.rtol))])),
            ("changed", .bool(diffs.contains { $0.state != .unchanged })),
            ("regression", .bool(diffs.contains(where: \.regression))),
            ("bundles", .array(diffs.map { bundle($0, options.precision) })),
        ])
    }

    package static func bundle(_ diff: BundleDiff, _ p: Int?) -> JSONValue {
        .object([
            ("path", .string(diff.path)),
            ("old", .optional(diff.oldSource)),
            ("new", .optional(diff.newSource)),
            ("state", .string(diff.state.rawValue)),
            ("regression", .bool(diff.regression)),
            ("objective", .object([("metric", .string(diff.objective)), ("goal", .string(diff.maximize ? "maximize" : "minimize"))])),
            ("verdict", diff.verdict.map { verdict($0, p) } ?? .null),
            // Every file (but provenance.json) whose listed SHA-256 differs.
            ("differing_files", .array(diff.differingFiles.map(JSONValue.string))),
            // Data sets whose prepared parts differ (SHA-256), or that one side lacks.
            ("data", .array(diff.dataChanges.map { c in
                .object([("name", .string(c.path)), ("old", .optional(c.old)), ("new", .optional(c.new))])
            })),
            ("config", .array(diff.config.map { c in
                .object([("path", .string(c.path)), ("old", .optional(c.old)), ("new", .optional(c.new))])
            })),
            ("configurations", .array(diff.configurations.map { configuration($0, p) })),
            ("trials", .array(diff.trials.map { trial($0, p) })),
        ])
    }

    package static func verdict(_ v: DiffVerdict, _ p: Int?) -> JSONValue {
        func side(_ s: DiffVerdict.Side?) -> JSONValue {
            guard let s else { return .null }
            return .object([
                ("configuration", .string(s.configuration)), ("label", .string(s.label)),
                ("value", DiffNumber.json(s.value, p)), ("n", .integer(s.n)),
            ])
        }
        return .object([
            ("outcome", .string(v.outcome.rawValue)),
            ("old", side(v.old)), ("new", side(v.new)), ("delta", DiffNumber.json(v.delta, p)),
            ("test", test(v.test, p)), ("interval_95", interval(v.interval, p)),
        ])
    }

    package static func configuration(_ c: ConfigurationChange, _ p: Int?) -> JSONValue {
        .object([
            ("label", .string(c.label)),
            ("old", .optional(c.oldID)), ("new", .optional(c.newID)),
            ("match", .string(c.match.rawValue)),
            ("changes", .array(c.changes.map { change in
                .object([("name", .string(change.name)), ("old", .optional(change.old)), ("new", .optional(change.new))])
            })),
            ("old_mean", DiffNumber.json(c.oldMean, p)), ("new_mean", DiffNumber.json(c.newMean, p)),
            ("old_n", .integer(c.oldN)), ("new_n", .integer(c.newN)),
            ("test", test(c.test, p)),
            ("holm_p", DiffNumber.json(c.adjustedP, p)),
            ("interval_95", interval(c.interval, p)),
            ("outcome", c.match == .added || c.match == .removed ? .null : .string(c.outcome.rawValue)),
        ])
    }

    package static func test(_ test: SeedTest?, _ p: Int?) -> JSONValue {
        guard let test else { return .null }
        return .object([
            ("method", .string(test.method.rawValue)),
            ("t", DiffNumber.json(test.t, p)), ("df", DiffNumber.json(test.df, p)), ("p", DiffNumber.json(test.p, p)),
            ("signed_rank_p", test.signedRank.map { DiffNumber.json($0.p, p) } ?? .null),
        ])
    }

    package static func interval(_ interval: BootstrapInterval?, _ p: Int?) -> JSONValue {
        interval.map { .object([("low", DiffNumber.json($0.low, p)), ("high", DiffNumber.json($0.high, p))]) } ?? .null
    }

    package static func trial(_ t: BundleDiff.TrialChange, _ p: Int?) -> JSONValue {
        .object([
            ("id", .string(t.id)),
            ("configuration", .string(t.configuration)),
            ("seed", .integer(t.seed)),
            ("state", .string(t.state.rawValue)),
            ("status", .object([("old", .optional(t.oldStatus?.rawValue)), ("new", .optional(t.newStatus?.rawValue))])),
            ("metrics", .array(t.metrics.map { m in
                .object([
                    ("name", .string(m.name)), ("old", DiffNumber.json(m.old, p)), ("new", DiffNumber.json(m.new, p)),
                    ("absolute", DiffNumber.json(m.absolute, p)), ("relative", DiffNumber.json(m.relative, p)),
                    ("changed", .bool(m.changed)),
                ])
            })),
            ("curves", .array(t.curves.map { c in
                .object([
                    ("column", .string(c.column)),
                    ("first_step", c.firstStep.map(JSONValue.integer) ?? .null),
                    ("max_absolute", DiffNumber.json(c.maxAbsolute, p)),
                    ("old_rows", c.oldRows.map(JSONValue.integer) ?? .null),
                    ("new_rows", c.newRows.map(JSONValue.integer) ?? .null),
                ])
            })),
        ])
    }
}

extension BundleDiff {
    /// The diff of one bundle as `lrlab diff --format json` lists it under `bundles`.
    package func json(precision: Int? = nil) -> JSONValue { DiffJSON.bundle(self, precision) }
}
