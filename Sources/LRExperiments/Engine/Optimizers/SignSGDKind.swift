import LREngine

/// `sign_sgd`: ``SignSGD``.
struct SignSGDKind: OptimizerKind {
    static let name = "sign_sgd"
    static let doc = "signSGD (Bernstein et al., 2018)."
    static let keys = [KindKey.lr.requiredKey]

    var options: SignSGD.Options
    var lr: Double { options.lr }

    func make() -> any Optimizer { SignSGD(options: options) }
}

extension SignSGDKind {
    init?(_ f: Fields, reader: inout SectionReader) {
        self.init(options: .init(lr: f.required("lr")))
    }
}
