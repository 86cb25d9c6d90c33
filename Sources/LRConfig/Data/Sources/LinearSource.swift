/// `linear`: `Synthetic.linear`, generated from the trial's `data` stream.
extension DataSourceKind {
    package static let linear = DataSourceKind(name: "linear", doc: "A noisy linear function (regression).", keys: [.samples, .features.defaulting(3), .noise.defaulting(0.1)])
}
