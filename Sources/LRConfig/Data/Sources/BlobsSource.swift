/// `blobs`: `Synthetic.blobs`, generated from the trial's `data` stream.
extension DataSourceKind {
    package static let blobs = DataSourceKind(name: "blobs", doc: "Gaussian clusters, one per class.", keys: [.samples, .features.defaulting(2), .classes.defaulting(3), .noise.defaulting(1.0)])
}
