/// `purchases`: `Synthetic.purchases`, generated from the trial's `data` stream.
extension DataSourceKind {
    static let purchases = DataSourceKind(name: "purchases", doc: "Synthetic customers, bought or not (binary classification).", keys: [.samples, .features.defaulting(8), .noise.defaulting(0.1)])
}
