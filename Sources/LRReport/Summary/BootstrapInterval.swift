import LREngine

/// A percentile bootstrap confidence interval (Efron & Tibshirani, 1993, ch. 13) for the
/// difference of two configurations' mean objective over seeds: seeds are resampled with
/// replacement 10,000 times, the difference of means is taken each time, and the interval is
/// the 2.5th and 97.5th percentiles of those differences (linear interpolation, as
/// `numpy.percentile`). When both sides ran the same seeds, seed pairs are resampled together,
/// which keeps what a seed shares between them; otherwise each side is resampled on its own.
///
/// The resampling stream has a fixed seed, so the same values give the same bytes. With only a
/// few seeds the interval is coarse (3 seeds allow 10 distinct resampled means per side).
package struct BootstrapInterval: Sendable, Equatable {
    package static let resamples = 10_000
    package static let level = 0.95

    /// The observed difference of means, a − b.
    package var estimate: Double
    package var low: Double
    package var high: Double
    /// Whether seed pairs were resampled together.
    package var paired: Bool

    /// The interval for mean(a) − mean(b), each a list of (seed, value) with finite values;
    /// nil when either side has fewer than two values.
    package init?(_ a: [(seed: Int, value: Double)], _ b: [(seed: Int, value: Double)]) {
        guard a.count >= 2, b.count >= 2, (a + b).allSatisfy(\.value.isFinite) else { return nil }
        var random = RandomStream(seed: 0x6C72_6C61_625F_6273)  // "lrlab_bs"
        var differences: [Double] = []
        differences.reserveCapacity(Self.resamples)
        if let pairs = SeedPairs(a, b) {
            paired = true
            let d = zip(pairs.a, pairs.b).map { $0 - $1 }
            estimate = Self.mean(d)
            for _ in 0..<Self.resamples { differences.append(Self.mean(Self.resample(d, &random))) }
        } else {
            paired = false
            let x = a.map(\.value), y = b.map(\.value)
            estimate = Self.mean(x) - Self.mean(y)
            for _ in 0..<Self.resamples {
                differences.append(Self.mean(Self.resample(x, &random)) - Self.mean(Self.resample(y, &random)))
            }
        }
        differences.sort()
        let tail = (1 - Self.level) / 2
        low = Self.percentile(differences, tail)
        high = Self.percentile(differences, 1 - tail)
    }

    package static func mean(_ values: [Double]) -> Double { values.reduce(0, +) / Double(values.count) }

    package static func resample(_ values: [Double], _ random: inout RandomStream) -> [Double] {
        values.indices.map { _ in values[random.index(below: values.count)] }
    }

    /// The q-quantile of sorted values, interpolating linearly between neighbours.
    package static func percentile(_ sorted: [Double], _ q: Double) -> Double {
        let position = q * Double(sorted.count - 1)
        let below = Int(position.rounded(.down))
        let above = min(below + 1, sorted.count - 1)
        let fraction = position - Double(below)
        return sorted[below] + (sorted[above] - sorted[below]) * fraction
    }
}

/// Two lists of (seed, value) matched by seed, when both hold the same seeds once each.
package struct SeedPairs {
    package var seeds: [Int]
    package var a: [Double]
    package var b: [Double]

    package init?(_ a: [(seed: Int, value: Double)], _ b: [(seed: Int, value: Double)]) {
        let bySeed = Dictionary(b.map { ($0.seed, $0.value) }, uniquingKeysWith: { first, _ in first })
        let seedsA = a.map(\.seed)
        guard Set(seedsA).count == a.count, bySeed.count == b.count, Set(seedsA) == Set(bySeed.keys) else { return nil }
        seeds = seedsA
        self.a = a.map(\.value)
        self.b = seedsA.compactMap { bySeed[$0] }
    }
}
