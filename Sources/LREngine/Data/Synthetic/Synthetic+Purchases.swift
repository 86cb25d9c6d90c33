extension Synthetic {
    /// The feature names of `purchases`, in column order.
    public static let purchaseFeatureNames = [
        "visits", "time_on_site", "pages_viewed", "cart_value",
        "days_since_last_purchase", "returning_customer", "discount_code", "mobile",
    ]

    /// A synthetic customer-purchase classification set: will this visitor buy (label 1)?
    ///
    /// Each customer's features are drawn in column order, customer by customer:
    /// - `visits`: visits in the last 30 days, `1 + Poisson(4)`;
    /// - `time_on_site`: minutes per visit, log-normal, `exp(ln 4 + 0.5 Z)` (median 4);
    /// - `pages_viewed`: pages per visit, `1 + Poisson(0.8 · time_on_site)`;
    /// - `cart_value`: log-normal, `exp(ln 50 + 0.8 Z)` (median 50 currency units);
    /// - `days_since_last_purchase`: `⌊Exponential(mean 30)⌋`;
    /// - `returning_customer`: Bernoulli(0.55), 0/1;
    /// - `discount_code`: Bernoulli(0.2), 0/1;
    /// - `mobile`: Bernoulli(0.6), 0/1.
    ///
    /// The label follows a logistic ground truth, `P(buy) = σ(z)` with
    /// `z = −9.0 + 0.6·visits + 1.2·ln(time_on_site) + 0.2·pages_viewed + 1.2·ln(cart_value)
    ///      − 0.08·days_since_last_purchase + 1.5·returning_customer + 2.0·discount_code
    ///      − 0.6·mobile`,
    /// drawn as `buy = u < σ(z)` with one uniform `u`; then, with probability `noise`, the label
    /// is flipped (one more uniform per customer, drawn whatever `noise` is). About half buy.
    /// The features are left in their natural units; standardise them before training.
    ///
    /// `buyRate` r (nil: the model above as it is) makes buyers as common as asked, labels
    /// after the noise: it shifts the intercept by the b that solves
    /// `mean σ(z + b) = (r − noise)/(1 − 2·noise)` (the rate before the flips) over a fixed
    /// reference population of ``purchaseReferenceSize`` customers drawn the same way from
    /// their own stream (``purchaseReferenceStream``), by bisection. The shift depends on r
    /// and `noise` only, so every seed and size draws from the same ground truth, and the
    /// customers' draws are exactly those without `buyRate`: only their labels change.
    ///
    /// `features` (1 to 8) keeps the first that many columns: the label still depends on all
    /// eight, so the dropped ones act as unobserved causes and make the task harder. The draws
    /// do not depend on `features`.
    public static func purchases(
        samples: Int, features: Int, noise: Double, buyRate: Double? = nil, stream: inout RandomStream
    ) throws(DataError) -> Dataset {
        try checkPurchases(samples: samples, features: features, noise: noise, buyRate: buyRate)
        let shift = buyRate.map { purchaseInterceptShift(rate: ($0 - noise) / (1 - 2 * noise)) }
        var points = [[Double]]()
        var labels = [Int]()
        points.reserveCapacity(samples)
        labels.reserveCapacity(samples)
        for _ in 0..<samples {
            let row = purchaseCustomer(stream: &stream)
            var z = purchaseScore(row)
            if let shift { z += shift }
            let probability = 1 / (1 + DataMath.exp(-z))
            var buys = stream.uniform() < probability
            if stream.uniform() < noise { buys.toggle() }
            points.append(Array(row.prefix(features)))
            labels.append(buys ? 1 : 0)
        }
        return classification(points, labels, classes: 2, names: Array(purchaseFeatureNames.prefix(features)))
    }

    /// One customer's eight features, drawn in column order (see `purchases`).
    static func purchaseCustomer(stream: inout RandomStream) -> [Double] {
        let visits = 1 + poisson(4, stream: &stream)
        let timeOnSite = DataMath.exp(DataMath.log(4) + 0.5 * stream.normal())
        let pagesViewed = 1 + poisson(0.8 * timeOnSite, stream: &stream)
        let cartValue = DataMath.exp(DataMath.log(50) + 0.8 * stream.normal())
        // 1 − u lies in (0, 1], so the logarithm is finite.
        let days = (-30 * DataMath.log(1 - stream.uniform())).rounded(.down)
        let returning: Double = stream.uniform() < 0.55 ? 1 : 0
        let discount: Double = stream.uniform() < 0.2 ? 1 : 0
        let mobile: Double = stream.uniform() < 0.6 ? 1 : 0
        return [visits, timeOnSite, pagesViewed, cartValue, days, returning, discount, mobile]
    }

    /// The ground truth's logit z of a customer's eight features.
    static func purchaseScore(_ row: [Double]) -> Double {
        var z = -9.0 + 0.6 * row[0] + 1.2 * DataMath.log(row[1]) + 0.2 * row[2]
        z += 1.2 * DataMath.log(row[3]) - 0.08 * row[4]
        z += 1.5 * row[5] + 2.0 * row[6] - 0.6 * row[7]
        return z
    }

    /// Customers in the reference population the intercept shift of `buyRate` is solved on.
    public static let purchaseReferenceSize = 20_000
    /// The reference population's own stream (root 0, trial 0, `purchases.reference`): fixed,
    /// so the shift for a rate is the same in every run.
    static var purchaseReferenceStream: RandomStream { RandomStream(root: 0, name: "purchases.reference") }

    /// The b with `mean σ(zᵢ + b) = rate` over the reference population, by bisection on
    /// [−60, 60] (the mean is increasing in b) to Double's resolution; `rate` in (0, 1).
    static func purchaseInterceptShift(rate: Double) -> Double {
        var stream = purchaseReferenceStream
        var scores = [Double]()
        scores.reserveCapacity(purchaseReferenceSize)
        for _ in 0..<purchaseReferenceSize { scores.append(purchaseScore(purchaseCustomer(stream: &stream))) }
        var low = -60.0, high = 60.0
        for _ in 0..<200 {
            let middle = (low + high) / 2
            guard middle > low, middle < high else { break }
            var sum = 0.0
            for z in scores { sum += 1 / (1 + DataMath.exp(-(z + middle))) }
            if sum / Double(scores.count) < rate { low = middle } else { high = middle }
        }
        return (low + high) / 2
    }

    /// The share of buyers `buyRate` may ask for: at least 0.1 % and at most 99.9 %.
    public static let purchaseBuyRates: ClosedRange<Double> = 0.001...0.999

    /// The settings `purchases` refuses.
    static func checkPurchases(samples: Int, features: Int, noise: Double, buyRate: Double? = nil) throws(DataError) {
        try checkSamples(samples, features: purchaseFeatureNames.count)
        guard (1...purchaseFeatureNames.count).contains(features) else {
            throw .invalidArgument("'features' for 'purchases' must be between 1 and \(purchaseFeatureNames.count), got \(features)")
        }
        guard noise.isFinite, noise >= 0, noise <= 1 else {
            throw .invalidArgument("'noise' must be a probability in [0, 1], got \(noise)")
        }
        if let buyRate {
            guard buyRate.isFinite, purchaseBuyRates.contains(buyRate) else {
                throw .invalidArgument("'buy_rate' must be between 0.001 and 0.999, got \(buyRate)")
            }
            // The flips move a share r₀ of buyers to r₀(1 − 2n) + n, so only rates between
            // n and 1 − n can be reached.
            guard noise < buyRate, buyRate < 1 - noise else {
                throw .invalidArgument(
                    "'buy_rate' \(buyRate) cannot be reached with 'noise' \(noise): label flips alone make "
                    + "a share of at least \(min(noise, 1 - noise)) buyers; lower 'noise' or raise 'buy_rate'")
            }
        }
    }

    /// Poisson(`mean`) by Knuth's product of uniforms; `mean` is capped at 500, far above any
    /// value the generators use, so `exp(−mean)` stays a normal number.
    static func poisson(_ mean: Double, stream: inout RandomStream) -> Double {
        let limit = DataMath.exp(-min(mean, 500))
        var count = 0.0
        var product = stream.uniform()
        while product > limit {
            count += 1
            product *= stream.uniform()
        }
        return count
    }
}
