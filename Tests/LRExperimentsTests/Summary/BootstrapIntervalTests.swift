import Foundation
import LREngine
import Testing
@testable import LRReport

/// The percentile bootstrap of a difference of means over seeds.
@Suite struct BootstrapIntervalTests {
    static func seeded(_ values: [Double], from first: Int = 1) -> [(seed: Int, value: Double)] {
        values.enumerated().map { (seed: first + $0.offset, value: $0.element) }
    }

    /// With two seed pairs the resampled mean difference is d₁, (d₁+d₂)/2 or d₂ with
    /// probabilities ¼, ½, ¼, so the 2.5th and 97.5th percentiles are the two differences.
    @Test func twoPairsSpanTheirDifferences() throws {
        let interval = try #require(BootstrapInterval(Self.seeded([1.0, 2.0]), Self.seeded([0.75, 1.5])))
        #expect(interval.paired)
        #expect(interval.estimate == 0.375)
        #expect(interval.low == 0.25 && interval.high == 0.5)
    }

    /// The same shift on every seed leaves nothing to resample: the interval is that shift.
    @Test func aConstantShiftIsExact() throws {
        let interval = try #require(BootstrapInterval(Self.seeded([1.5, 2.5, 3.5, 5.5]), Self.seeded([1, 2, 3, 5])))
        #expect(interval.estimate == 0.5 && interval.low == 0.5 && interval.high == 0.5)
    }

    /// On 40 paired differences from a normal distribution the interval agrees with the normal
    /// theory interval mean ± 1.96·s/√n to within 15 % of its half-width (the stream is fixed,
    /// so this is the same check every time).
    @Test func agreesWithNormalTheoryOnALargeSample() throws {
        var random = RandomStream(seed: 11)
        let b = (0..<40).map { _ in random.normal() }
        let a = b.map { $0 + 0.3 + 0.5 * random.normal() }
        let interval = try #require(BootstrapInterval(Self.seeded(a), Self.seeded(b)))
        let d = zip(a, b).map { $0 - $1 }
        let mean = d.reduce(0, +) / 40
        let s = (d.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / 39).squareRoot()
        let half = 1.96 * s / 40.0.squareRoot()
        #expect(abs(interval.estimate - mean) < 1e-12)
        #expect(abs(interval.low - (mean - half)) < 0.15 * half, "\(interval.low) vs \(mean - half)")
        #expect(abs(interval.high - (mean + half)) < 0.15 * half, "\(interval.high) vs \(mean + half)")
    }

    /// Different seeds on the two sides are resampled separately; the result is the same on
    /// every call (a fixed stream).
    @Test func unpairedWhenSeedsDifferAndDeterministic() throws {
        let a = Self.seeded([0.30, 0.35, 0.28, 0.33]), b = Self.seeded([0.40, 0.38, 0.45], from: 10)
        let first = try #require(BootstrapInterval(a, b))
        #expect(!first.paired)
        #expect(first.low <= first.estimate && first.estimate <= first.high && first.high < 0)
        #expect(BootstrapInterval(a, b) == first)
        #expect(BootstrapInterval(Self.seeded([1]), b) == nil)
        #expect(BootstrapInterval(Self.seeded([1, .nan]), b) == nil)
    }
}
