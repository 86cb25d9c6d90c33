/// The JSON form of a diff (`lrlab.diff/1`, see `schemas/diff.schema.json`), keys in a fixed
/// order, numbers rounded to `--precision` significant digits when given.
enum DiffJSON {
    static let format = "lrlab.diff/1"

    static func render(_ diffs: [BundleDiff], options: DiffOptions) -> JSONValue {
        let p = options.precision
        func number(_ d: Double?) -> JSONValue { DiffNumber.json(d, p) }
        return .object([
            ("format", .string(format)),
            ("tolerance", .object([("atol", .number(options.atol)), ("rtol", .number(options.rtol))])),
            ("changed", .bool(diffs.contains { $0.state != .unchanged })),
            ("regression", .bool(diffs.contains(where: \.regression))),
            ("bundles", .array(diffs.map { diff in
                .object([
                    ("path", .string(diff.path)),
                    ("old", .optional(diff.oldSource)),
                    ("new", .optional(diff.newSource)),
                    ("state", .string(diff.state.rawValue)),
                    ("regression", .bool(diff.regression)),
                    ("objective", .object([("metric", .string(diff.objective)), ("goal", .string(diff.maximize ? "maximize" : "minimize"))])),
                    // Every file (but provenance.json) whose listed SHA-256 differs.
                    ("differing_files", .array(diff.differingFiles.map(JSONValue.string))),
                    ("config", .array(diff.config.map { c in
                        .object([("path", .string(c.path)), ("old", .optional(c.old)), ("new", .optional(c.new))])
                    })),
                    ("trials", .array(diff.trials.map { t in
                        .object([
                            ("id", .string(t.id)),
                            ("configuration", .string(t.configuration)),
                            ("seed", .integer(t.seed)),
                            ("state", .string(t.state.rawValue)),
                            ("status", .object([("old", .optional(t.oldStatus?.rawValue)), ("new", .optional(t.newStatus?.rawValue))])),
                            ("metrics", .array(t.metrics.map { m in
                                .object([
                                    ("name", .string(m.name)), ("old", number(m.old)), ("new", number(m.new)),
                                    ("absolute", number(m.absolute)), ("relative", number(m.relative)), ("changed", .bool(m.changed)),
                                ])
                            })),
                            ("curves", .array(t.curves.map { c in
                                .object([
                                    ("column", .string(c.column)),
                                    ("first_step", c.firstStep.map(JSONValue.integer) ?? .null),
                                    ("max_absolute", number(c.maxAbsolute)),
                                    ("old_rows", c.oldRows.map(JSONValue.integer) ?? .null),
                                    ("new_rows", c.newRows.map(JSONValue.integer) ?? .null),
                                ])
                            })),
                        ])
                    })),
                    ("seed_tests", .array(diff.seedTests.map { s in
                        .object([
                            ("configuration", .string(s.configuration)), ("metric", .string(s.metric)),
                            ("test", .string(s.test.method.rawValue)),
                            ("old_mean", number(s.oldMean)), ("new_mean", number(s.newMean)),
                            ("old_n", .integer(s.oldN)), ("new_n", .integer(s.newN)),
                            ("t", number(s.test.t)), ("df", number(s.test.df)), ("p", number(s.test.p)),
                            ("holm_p", number(s.adjustedP)), ("significant", .bool(s.significant)),
                            ("signed_rank_p", s.test.signedRank.map { number($0.p) } ?? .null),
                            ("interval_95", s.interval.map { .object([("low", number($0.low)), ("high", number($0.high))]) } ?? .null),
                        ])
                    })),
                ])
            })),
        ])
    }
}
