/// `spirals`: `Synthetic.spirals`, generated from the trial's `data` stream.
extension DataSourceKind {
    package static let spirals = DataSourceKind(name: "spirals", doc: "Interleaved spiral arms, one per class (2 features).", keys: [.samples, .classes.defaulting(2), .noise.defaulting(0.2)])
}
