/// `csv`: a user's file, read by ``CSVLoader``.
extension DataSourceKind {
    static let csv = DataSourceKind(
        name: "csv", doc: "A CSV file with a header row.",
        keys: [
            KindKey("path", .string, "CSV file, relative to the experiment file.", required: true),
            KindKey("target", .string, "Name of the target column.", default: .string("target")),
        ])
}
