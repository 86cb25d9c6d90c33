import Foundation
import LREngine

/// Log-spaced contour levels for a non-negative function such as a test problem's loss.
package enum ContourLevels {
    /// Most levels drawn per panel.
    package static let maximumCount = 16

    /// Levels at 1, 2 and 5 × 10^k (fewer per decade when that would exceed ``maximumCount``)
    /// from the larger of the smallest positive value and 10⁻⁴ of the top up to the 98th
    /// percentile of the finite `values` (the highest corners of a grid are mostly empty
    /// slopes). Geometric levels when the range holds fewer than four such values; none when
    /// no value is positive. Ascending; depends on the values only.
    package static func levels(_ values: [Double]) -> [Double] {
        let finite = values.filter(\.isFinite).sorted()
        guard let smallestPositive = finite.first(where: { $0 > 0 }) else { return [] }
        let top = finite[(finite.count - 1) * 98 / 100]
        guard top > 0 else { return [] }
        let bottom = max(smallestPositive, top * 1e-4)
        guard bottom < top else { return [top] }
        for mantissas in [[1.0, 2, 5], [1.0, 3], [1.0]] {
            let levels = nice(from: bottom, to: top, mantissas: mantissas)
            if levels.count < 4 { return geometric(from: bottom, to: top, count: 6) }
            if levels.count <= maximumCount { return levels }
        }
        // More than sixteen decades: every few decades.
        let decades = nice(from: bottom, to: top, mantissas: [1])
        let every = (decades.count + maximumCount - 1) / maximumCount
        return decades.enumerated().filter { $0.offset % every == 0 }.map(\.element)
    }

    /// `m × 10^k` for each mantissa `m`, within [`low`, `high`].
    package static func nice(from low: Double, to high: Double, mantissas: [Double]) -> [Double] {
        var out: [Double] = []
        var exponent = Elementary.log10(low).rounded(.down)
        let last = Elementary.log10(high).rounded(.up)
        while exponent <= last {
            for mantissa in mantissas {
                // Built from the exponent's decimal text so 2e-3 is the double nearest 0.002.
                let value = Double("\(mantissa)e\(Int(exponent))") ?? mantissa * Elementary.pow(10, exponent)
                if value >= low, value <= high { out.append(value) }
            }
            exponent += 1
        }
        return out
    }

    /// `count` levels spaced evenly in log between `low` and `high`, both included.
    package static func geometric(from low: Double, to high: Double, count: Int) -> [Double] {
        let ratio = Elementary.log(high / low)
        return (0..<count).map { low * Elementary.exp(ratio * Double($0) / Double(count - 1)) }
    }
}
