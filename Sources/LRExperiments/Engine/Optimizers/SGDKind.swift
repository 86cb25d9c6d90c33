import LREngine

/// `sgd`: ``SGD``.
struct SGDKind: OptimizerKind {
    static let name = "sgd"
    static let doc = "torch.optim.SGD (momentum: Polyak; nesterov: Sutskever et al., 2013)."
    static let keys = SGD.Options.keys

    var options: SGD.Options
    var lr: Double { options.lr }

    func make() -> any Optimizer { SGD(options: options) }
}

extension SGDKind {
    init?(_ f: Fields, reader: inout SectionReader) {
        guard let options = SGD.Options(f, reader: &reader) else { return nil }
        self.init(options: options)
    }
}
