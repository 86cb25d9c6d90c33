/// `csv`: a user's file, read by ``CSVLoader`` with the dialect and column roles these keys give.
extension DataSourceKind {
    package static let csv = DataSourceKind(
        name: "csv", doc: "A CSV file: header row or `columns:`, numeric features, numeric or text target.",
        keys: [
            KindKey("path", .string, "CSV file, relative to the experiment file.", required: true),
            KindKey("target", .string, "Name of the target column.", default: .string("target")),
            KindKey(
                "target_kind", .choice(CSVOptions.TargetKind.allCases.map(\.rawValue), what: "target kind"),
                "How the target is read: `automatic` (integers with at most 50 values, or text: classes; "
                    + "other numbers: regression), `classification` (classes in ascending order of value or name) "
                    + "or `regression`.",
                default: .string("automatic")),
            KindKey("delimiter", .string, "Field separator, one character (`;`, `\"\\t\"`, …).", default: .string(",")),
            KindKey(
                "decimal", .choice([".", ","], what: "decimal mark"),
                "Decimal mark of numbers; `,` needs another delimiter.", default: .string(".")),
            KindKey(
                "header", .bool, "Whether the first non-empty line names the columns; without one, `columns:` does.",
                default: .bool(true)),
            KindKey(
                "columns", .list(.string, minCount: 1, maxCount: DataLimits.maxColumns),
                "Column names of a file without a header row (`header: false`), in file order."),
            KindKey("drop", .list(.string), "Columns left out (their cells are not read)."),
            KindKey(
                "categorical", .list(.string),
                "Text feature columns, one-hot encoded: one 0/1 feature per category of the training part, "
                    + "in ascending order; a category seen only outside it encodes as all zeros."),
            KindKey(
                "missing", .choice(CSVOptions.MissingPolicy.allCases.map(\.rawValue), what: "missing-value policy"),
                "What a missing value does: `error` names its cell, `drop` leaves its row out.",
                default: .string("error")),
            KindKey(
                "missing_values", .list(.string),
                "Cells that mean a missing value (quote them: `[\"\", \"?\", \"NA\"]`).",
                default: .array(CSVOptions.defaultMissingMarkers.map { .string($0) })),
        ])
}
