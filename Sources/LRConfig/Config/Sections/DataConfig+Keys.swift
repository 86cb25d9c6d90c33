/// The key table of `data:`, merged from the sources in ``DataSourceKinds/all``, and its
/// decoding.
package enum DataKeys {
    /// The layout of the merged keys in the reference and the schema (see ``KindTable``).
    package static let order = [
        "samples", "features", "classes", "noise", "buy_rate", "path", "target", "target_kind", "delimiter", "decimal",
        "header", "columns", "drop", "categorical", "missing", "missing_values", "images", "labels", "scale", "params",
    ]

    package static let section = SectionSpec(
        .data, doc: "Where the examples come from and how they are split and scaled.",
        discriminator: "source", family: "data source",
        kinds: DataSourceKinds.all.map { SectionSpec.Kind(name: $0.name, doc: $0.doc) },
        keys: [KeySpec("source", .choice(DataSourceKinds.all.map(\.name), what: "data source"), "The data source.",
                       required: .always)]
            + KindTable.keys(DataSourceKinds.all.map { KindTable.Member(kind: $0.name, keys: $0.keys) }, order: order)
            + [
                KeySpec("split", .section(.split), "Fractions for training, validation and test (sum to 1)."),
                KeySpec("standardize", .bool,
                        "Scale features to zero mean and unit variance (fitted on the training split).",
                        default: .bool(true)),
            ])

    package static let split = SectionSpec(
        .split, doc: "Fractions of the examples for training, validation and test; they sum to 1.",
        keys: [
            KeySpec("train", .number(.unit), "Training fraction.", default: .number(0.7)),
            KeySpec("validation", .number(.unit), "Validation fraction.", default: .number(0.15)),
            KeySpec("test", .number(.unit), "Test fraction.", default: .number(0.15)),
        ])

    /// Builds the typed value and checks the split; `resolvePath` resolves a CSV path against
    /// the file that wrote it.
    package static func decode(_ f: Fields, reader: inout SectionReader, resolvePath: (ConfigNode) -> String)
        -> DataConfig?
    {
        var split = DataConfig.Split(train: 0.7, validation: 0.15, test: 0.15)
        if let s = f.sections["split"] {
            if let train = s.double("train"), let validation = s.double("validation"),
                let test = s.double("test")
            {
                let sum = train + validation + test
                if abs(sum - 1) > 1e-9 {
                    let unwritten = ["train", "validation", "test"].filter { !s.has($0) }
                    let defaults = unwritten.map { "'\($0)' defaults to \(s.double($0).map { "\($0)" } ?? "?")" }
                    let note = defaults.isEmpty ? "" : " (unwritten \(defaults.joined(separator: ", ")))"
                    reader.error(s.node.location, f.path("split"),
                                 "fractions must sum to 1, got \(sum)\(note)")
                }
                if !(train > 0) {
                    reader.error(s.location("train"), s.path("train"), "the training fraction must be positive")
                }
                split = DataConfig.Split(train: train, validation: validation, test: test)
            }
        }
        guard let kind = f.kind, let source = DataConfig.Source(rawValue: kind) else { return nil }
        for key in ["path", "images", "labels"] {
            guard let node = f.written(key) else { continue }
            let resolved = resolvePath(node)
            if case .failure(let reason) = FilePath.read(resolved, probeOnly: true) {
                reader.error(node.location, f.path(key), "'\(resolved)': \(reason.message)")
            }
        }
        var idx: DataConfig.IDXSettings?
        if source == .idx, let images = f.written("images"), let labels = f.written("labels"), let scale = f.double("scale") {
            idx = DataConfig.IDXSettings(images: resolvePath(images), labels: resolvePath(labels), scale: scale)
        }
        return DataConfig(
            source: source, samples: f.int("samples"), features: f.int("features"),
            classes: f.int("classes"), noise: f.double("noise"), buyRate: f.double("buy_rate"),
            path: f.written("path").map(resolvePath), target: source == .csv ? f.string("target") : nil,
            csv: source == .csv ? csvOptions(f, reader: &reader) : nil, idx: idx,
            split: split, standardize: f.bool("standardize") ?? true)
    }

    /// The CSV dialect and column roles of a `csv` source, checked where they were written.
    private static func csvOptions(_ f: Fields, reader: inout SectionReader) -> CSVOptions {
        var options = CSVOptions(targetColumn: f.string("target") ?? "target")
        options.targetKind = f.choice("target_kind") ?? .automatic
        if let delimiter = f.string("delimiter") {
            if delimiter.count == 1, let character = delimiter.first,
                !["\"", "\n", "\r", "\r\n", " "].contains(character)
            {
                options.delimiter = character
            } else {
                reader.error(f.location("delimiter"), f.path("delimiter"),
                             "expected one character other than a quote, a space or a line end, got \"\(delimiter)\"")
            }
        }
        if let decimal = f.string("decimal")?.first {
            options.decimalMark = decimal
            if decimal == options.delimiter {
                reader.error(f.location("decimal"), f.path("decimal"),
                             "the decimal mark '\(decimal)' is also the delimiter; set 'delimiter' (e.g. ';')")
            }
        }
        options.header = f.bool("header") ?? true
        options.columns = f.strings("columns")
        if options.header, f.has("columns") {
            reader.error(f.location("columns"), f.path("columns"),
                         "'columns' names the columns of a file without a header row; set 'header: false'")
        }
        if !options.header, !f.has("columns") {
            reader.error(f.location("header"), f.path("header"),
                         "a file without a header row needs 'columns' to name its columns")
        }
        options.dropped = f.strings("drop") ?? []
        options.categorical = f.strings("categorical") ?? []
        options.missing = f.choice("missing") ?? .error
        options.missingMarkers = f.strings("missing_values") ?? CSVOptions.defaultMissingMarkers
        return options
    }
}
