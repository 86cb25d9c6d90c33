/// `circles`: `Synthetic.circles`, generated from the trial's `data` stream.
extension DataSourceKind {
    package static let circles = DataSourceKind(name: "circles", doc: "A circle inside a circle (2 features, 2 classes).", keys: [.samples, .noise.defaulting(0.05)])
}
