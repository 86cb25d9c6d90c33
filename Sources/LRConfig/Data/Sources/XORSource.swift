/// `xor`: `Synthetic.xor`, generated from the trial's `data` stream.
extension DataSourceKind {
    package static let xor = DataSourceKind(name: "xor", doc: "Four quadrants labelled by the sign of x*y (2 features, 2 classes).", keys: [.samples, .noise.defaulting(0.1)])
}
