import LREngine

/// `purchases`: `Synthetic.purchases`, generated from the trial's `data` stream.
extension DataSourceKind {
    package static let purchases = DataSourceKind(name: "purchases", doc: "Synthetic customers, bought or not (binary classification).", keys: [.samples, .features.defaulting(8), .noise.defaulting(0.1), .buyRate])
}

extension KindKey {
    /// `purchases`' share of buyers, labels after the noise (see `Synthetic.purchases`).
    package static let buyRate = KindKey(
        "buy_rate", .number(NumberRule(min: Synthetic.purchaseBuyRates.lowerBound, max: Synthetic.purchaseBuyRates.upperBound)),
        "Share of buyers among the labels (after noise), by an intercept shift of the ground truth solved on a fixed "
            + "reference population; must lie between noise and 1 - noise. Unset: about half buy, as the model is.")
}
