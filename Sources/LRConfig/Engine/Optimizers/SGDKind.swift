import LREngine

/// `sgd`: ``SGD``.
package struct SGDKind: OptimizerKind {
    package static let name = "sgd"
    package static let doc = "torch.optim.SGD (momentum: Polyak; nesterov: Sutskever et al., 2013)."
    package static let keys = SGD.Options.keys

    package var options: SGD.Options
    package var lr: Double { options.lr }

    package func make() -> any Optimizer { SGD(options: options) }
}

extension SGDKind {
    package init?(_ f: Fields, reader: inout SectionReader) {
        guard let options = SGD.Options(f, reader: &reader) else { return nil }
        self.init(options: options)
    }
}
