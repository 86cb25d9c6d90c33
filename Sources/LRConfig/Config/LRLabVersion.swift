/// The version of lrlab, shown by `lrlab --version` and written into result bundles.
public let lrlabVersion = "0.1.0"
