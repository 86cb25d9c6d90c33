import Testing
@testable import LREngine

/// `purchases`' `buyRate`: an intercept shift that makes buyers as common as asked, leaving
/// every customer's features as they were drawn without it.
@Suite struct PurchasesBuyRateTests {
    static func make(samples: Int, noise: Double, buyRate: Double?, seed: UInt64 = 5) throws -> Dataset {
        var stream = RandomStream(root: seed, name: "data")
        return try Synthetic.purchases(samples: samples, features: 8, noise: noise, buyRate: buyRate, stream: &stream)
    }

    static func buyerShare(_ data: Dataset) -> Double {
        guard case .classes(let labels) = data.targets else { return .nan }
        return Double(labels.filter { $0 == 1 }.count) / Double(labels.count)
    }

    /// The share of buyers among 20 000 customers is the asked rate within sampling error
    /// (binomial standard deviation √(r(1−r)/n) ≈ 0.002 at r = 0.1; the tolerance is 0.01),
    /// label noise included.
    @Test(arguments: [(0.1, 0.0), (0.05, 0.01), (0.3, 0.1), (0.8, 0.05)])
    func buyerShareIsTheRate(rate: Double, noise: Double) throws {
        let share = Self.buyerShare(try Self.make(samples: 20_000, noise: noise, buyRate: rate))
        #expect(abs(share - rate) < 0.01, "share \(share) for rate \(rate)")
    }

    /// Only the labels change: the features are the draws without `buyRate`, and without it
    /// the data set is the one the plain call makes.
    @Test func featuresAreTheDrawsWithoutIt() throws {
        let plain = try Self.make(samples: 500, noise: 0.1, buyRate: nil)
        var stream = RandomStream(root: 5, name: "data")
        #expect(plain == (try Synthetic.purchases(samples: 500, features: 8, noise: 0.1, stream: &stream)))
        let rare = try Self.make(samples: 500, noise: 0.1, buyRate: 0.15)
        #expect(rare.features == plain.features)
        #expect(rare.targets != plain.targets)
        #expect(Self.buyerShare(rare) < Self.buyerShare(plain))
    }

    /// The shift depends on the rate and noise only, so two seeds share one ground truth.
    @Test func shiftIsFixedForARate() {
        let shift = Synthetic.purchaseInterceptShift(rate: 0.1)
        #expect(shift == Synthetic.purchaseInterceptShift(rate: 0.1))
        #expect(shift < 0)
        #expect(Synthetic.purchaseInterceptShift(rate: 0.5) > shift)
    }

    @Test func unreachableRatesAreRefused() {
        for (rate, noise) in [(0.1, 0.1), (0.1, 0.2), (0.95, 0.1), (0.0005, 0.0), (1.0, 0.0), (Double.nan, 0.0)] {
            #expect(throws: DataError.self, "rate \(rate), noise \(noise)") {
                try Self.make(samples: 10, noise: noise, buyRate: rate)
            }
            #expect(throws: DataError.self) {
                try Synthetic.shape("purchases", samples: 10, features: 8, classes: nil, noise: noise, buyRate: rate)
            }
        }
    }
}
