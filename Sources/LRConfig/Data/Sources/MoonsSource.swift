/// `moons`: `Synthetic.moons`, generated from the trial's `data` stream.
extension DataSourceKind {
    package static let moons = DataSourceKind(name: "moons", doc: "Two interleaving half circles (2 features, 2 classes).", keys: [.samples, .noise.defaulting(0.1)])
}
