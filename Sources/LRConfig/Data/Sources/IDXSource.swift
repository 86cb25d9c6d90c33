/// `idx`: an images file and a labels file in the IDX format of MNIST, read by ``IDXLoader``.
extension DataSourceKind {
    package static let idx = DataSourceKind(
        name: "idx", doc: "An IDX pair as MNIST ships it: images (first dimension: examples) and integer labels.",
        keys: [
            KindKey("images", .string, "IDX images file, relative to the experiment file.", required: true),
            KindKey("labels", .string, "IDX labels file (one integer per example), relative to the experiment file.", required: true),
            KindKey(
                "scale", .number(.positive), "Features are the stored values divided by this (255 maps bytes to 0…1).",
                default: .number(1)),
        ])
}
