/// `sine`: `Synthetic.sine`, generated from the trial's `data` stream.
extension DataSourceKind {
    package static let sine = DataSourceKind(name: "sine", doc: "A noisy sine wave of one feature (regression).", keys: [.samples, .noise.defaulting(0.1)])
}
