import Foundation
import LREngine

/// A plot axis: its domain (expanded to nice bounds), tick values and mapping to [0, 1].
package struct Axis: Sendable, Equatable {
    package var scale: AxisScale
    /// Domain bounds in data units (lower < upper, except that a log axis at the edge of the
    /// double range may round a bound to 0 or infinity; positions use `span` instead).
    package var lower: Double
    package var upper: Double
    /// Tick values in data units, ascending, within the domain.
    package var ticks: [Double]
    /// The domain in position units: data units (linear) or base-10 exponents (log).
    private var span: (lower: Double, upper: Double)

    package static func == (a: Axis, b: Axis) -> Bool {
        a.scale == b.scale && a.lower == b.lower && a.upper == b.upper && a.ticks == b.ticks
    }

    /// An axis covering `values` (those the scale accepts) with about `target` ticks at
    /// 1, 2 or 5 × 10^k (linear) or at powers of ten (log). With no values: [0, 1] or [1, 10].
    package init(covering values: [Double], scale: AxisScale, target: Int = 5) {
        self.scale = scale
        var lo = Double.infinity
        var hi = -Double.infinity
        for v in values where scale.accepts(v) {
            lo = Swift.min(lo, v)
            hi = Swift.max(hi, v)
        }
        switch scale {
        case .linear:
            if lo > hi { (lo, hi) = (0, 1) }
            if lo == hi {
                let pad = lo == 0 ? 1 : abs(lo) * 0.5
                (lo, hi) = (lo - pad, hi + pad)
            }
            let step = Self.niceStep((hi * 0.5 - lo * 0.5) * 2 / Double(Swift.max(1, target)))
            let first = (lo / step).rounded(.down)
            let last = (hi / step).rounded(.up)
            let count = last - first
            if step.isFinite, count.isFinite, count >= 1, count <= 100, (first * step).isFinite,
                (last * step).isFinite
            {
                lower = first * step
                upper = last * step
                // Ticks by integer index, so huge magnitudes cannot stall the loop.
                ticks = (0...Int(count)).map { (first + Double($0)) * step }
            } else {
                // Spans near the double range: just the data bounds.
                lower = lo
                upper = hi
                ticks = [lo, hi]
            }
            span = (lower, upper)
        case .log:
            if lo > hi { (lo, hi) = (1, 10) }
            var first = Elementary.log10(lo).rounded(.down)
            var last = Elementary.log10(hi).rounded(.up)
            if first == last { last += 1 }
            // Keep at most about 8 labelled decades.
            let every = Swift.max(1, ((last - first) / 8).rounded(.up))
            first = (first / every).rounded(.down) * every
            last = (last / every).rounded(.up) * every
            lower = Elementary.pow(10, first)
            upper = Elementary.pow(10, last)
            span = (first, last)
            var marks: [Double] = []
            for e in stride(from: first, through: last, by: every) {
                let decade = Elementary.pow(10, e)
                guard decade > 0, decade.isFinite else { continue }
                marks.append(decade)
                // Narrow ranges get 2 and 5 in each decade too.
                if last - first <= 2, e < last {
                    marks.append(2 * decade)
                    marks.append(5 * decade)
                }
            }
            ticks = marks
        }
    }

    /// The smallest of 1, 2, 5, 10 × 10^k at least `raw`.
    package static func niceStep(_ raw: Double) -> Double {
        guard raw.isFinite, raw > 0 else { return 1 }
        let magnitude = Elementary.pow(10, Elementary.log10(raw).rounded(.down))
        for factor in [1.0, 2, 5, 10] where factor * magnitude >= raw * (1 - 1e-9) {
            return factor * magnitude
        }
        return 10 * magnitude
    }

    /// Where `value` sits along the axis: 0 at `lower`, 1 at `upper`.
    package func fraction(_ value: Double) -> Double {
        switch scale {
        case .linear:
            // Halved so spans near the double range do not overflow.
            (value * 0.5 - span.lower * 0.5) / (span.upper * 0.5 - span.lower * 0.5)
        case .log:
            (Elementary.log10(value) - span.lower) / (span.upper - span.lower)
        }
    }
}
