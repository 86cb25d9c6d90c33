import CKernels

/// The 10th, 50th and 90th percentiles of one layer's effective per-parameter rates in one
/// update (`Optimizer.effectiveRates`).
///
/// A layer is the tensors sharing a name before the first `.` (`layer0.weight` and
/// `layer0.bias` make `layer0`; a function model's `x` is its own). Percentiles are the linear
/// interpolation between closest ranks (NumPy's default, Hyndman & Fan's type 7): for sorted
/// values `x₀ ≤ … ≤ xₙ₋₁` and `p` in [0, 1], `h = (n − 1)·p`, the value
/// `x⌊h⌋ + (h − ⌊h⌋)·(x⌊h⌋₊₁ − x⌊h⌋)`. NaN rates are left out; a layer with none left is
/// not listed.
public struct EffectiveStepPercentiles: Sendable, Equatable {
    public var layer: String
    public var p10: Double
    public var p50: Double
    public var p90: Double

    public init(layer: String, p10: Double, p50: Double, p90: Double) {
        (self.layer, self.p10, self.p50, self.p90) = (layer, p10, p50, p90)
    }

    /// The layers of `tensors` in order of first appearance, each with its index ranges.
    static func layers(of tensors: [ParameterSet.Tensor]) -> [(name: String, ranges: [Range<Int>])] {
        var layers: [(name: String, ranges: [Range<Int>])] = []
        for tensor in tensors {
            let name = String(tensor.name.prefix { $0 != "." })
            if let index = layers.firstIndex(where: { $0.name == name }) {
                layers[index].ranges.append(tensor.range)
            } else {
                layers.append((name, [tensor.range]))
            }
        }
        return layers
    }

    /// The percentiles of each layer's `rates`.
    static func of(_ rates: [Float], tensors: [ParameterSet.Tensor]) -> [EffectiveStepPercentiles] {
        layers(of: tensors).compactMap { layer in
            switch selected(rates, layer.ranges, [0.1, 0.5, 0.9]) {
            case .empty: return nil
            case .found(let found):
                return EffectiveStepPercentiles(layer: layer.name, p10: found[0], p50: found[1], p90: found[2])
            case .undecided: break
            }
            var values: [Double] = []
            for range in layer.ranges where range.lowerBound >= 0 && range.upperBound <= rates.count {
                for i in range where !rates[i].isNaN { values.append(Double(rates[i])) }
            }
            guard !values.isEmpty else { return nil }
            let found = percentiles(&values, [0.1, 0.5, 0.9])
            return EffectiveStepPercentiles(layer: layer.name, p10: found[0], p50: found[1], p90: found[2])
        }
    }

    /// What the radix selection found for one layer.
    enum Selection {
        /// No rate that is not NaN.
        case empty
        case found([Double])
        /// A −0 among the rates: left to `percentiles`, which decides which zero it returns.
        case undecided
    }

    /// `percentiles` of the non-NaN `rates` in `ranges`, by radix selection of the order
    /// statistics it needs (`lrk_select_keys`): the same order statistics, hence the same
    /// values, in a few linear passes.
    static func selected(_ rates: [Float], _ ranges: [Range<Int>], _ ps: [Double]) -> Selection {
        let usable = ranges.filter { $0.lowerBound >= 0 && $0.upperBound <= rates.count }
        let total = usable.reduce(0) { $0 + $1.count }
        var keys = [UInt32](repeating: 0, count: total)
        var count = 0
        let complete = rates.withUnsafeBufferPointer { source in
            keys.withUnsafeMutableBufferPointer { out in
                for range in usable where !range.isEmpty {
                    let written = lrk_float_keys(source.baseAddress! + range.lowerBound, range.count, out.baseAddress! + count)
                    if written < 0 { return false }
                    count += written
                }
                return true
            }
        }
        guard complete else { return .undecided }
        guard count > 0 else { return .empty }
        var ranks: [Int] = []
        for p in ps {
            let low = Int((Double(count - 1) * p).rounded(.down))
            ranks += [low, min(low + 1, count - 1)]
        }
        var chosen = [UInt32](repeating: 0, count: ranks.count)
        var scratch = [UInt32](repeating: 0, count: count)
        lrk_select_keys(keys, count, ranks, ranks.count, &chosen, &scratch)
        return .found(ps.indices.map { q in
            let h = Double(count - 1) * ps[q]
            let low = Int(h.rounded(.down))
            let a = Double(lrk_float_of_key(chosen[2 * q]))
            guard low + 1 < count, h > Double(low) else { return a }
            let b = Double(lrk_float_of_key(chosen[2 * q + 1]))
            return a == b ? a : a + (h - Double(low)) * (b - a)
        })
    }

    /// NumPy's linear percentiles of non-empty `values` at each of `ps` (ascending, in
    /// [0, 1]), found by selection rather than a full sort: each needs the order statistics at
    /// `⌊h⌋` and `⌊h⌋ + 1`, and every selection leaves smaller values to its left, so the next
    /// one searches only to the right. `values` is reordered.
    static func percentiles(_ values: inout [Double], _ ps: [Double]) -> [Double] {
        var start = 0
        return ps.map { p in
            let h = Double(values.count - 1) * p
            let low = Int(h.rounded(.down))
            let a = select(&values, low, from: start)
            start = low
            guard low + 1 < values.count, h > Double(low) else { return a }
            // The next order statistic is the smallest value right of `low`.
            var b = values[low + 1]
            for i in (low + 2)..<values.count where values[i] < b { b = values[i] }
            return a == b ? a : a + (h - Double(low)) * (b - a)
        }
    }

    /// The `k`-th smallest (0-based) of `values`, knowing every value left of `start` is no
    /// larger than those from `start` on: Hoare's selection with a median-of-three pivot over
    /// `values[start...]`, which it reorders so that `values[k]` is in place, smaller values
    /// left of it and larger ones right. Falls back to sorting the rest of the range after
    /// 64 rounds, so no input makes it quadratic.
    static func select(_ values: inout [Double], _ k: Int, from start: Int) -> Double {
        var low = start
        var high = values.count - 1
        var rounds = 0
        while low < high {
            rounds += 1
            if rounds > 64 {
                values[low...high].sort()
                return values[k]
            }
            let middle = low + (high - low) / 2
            if values[middle] < values[low] { values.swapAt(middle, low) }
            if values[high] < values[low] { values.swapAt(high, low) }
            if values[high] < values[middle] { values.swapAt(high, middle) }
            let pivot = values[middle]
            var i = low
            var j = high
            while i <= j {
                while values[i] < pivot { i += 1 }
                while pivot < values[j] { j -= 1 }
                if i <= j {
                    values.swapAt(i, j)
                    i += 1
                    j -= 1
                }
            }
            if k <= j {
                high = j
            } else if k >= i {
                low = i
            } else {
                return values[k]
            }
        }
        return values[k]
    }

    /// NumPy's linear percentile of non-empty ascending `sorted` at `p` in [0, 1] (the
    /// definition `percentiles` computes without sorting).
    static func percentile(sorted: [Double], _ p: Double) -> Double {
        let h = Double(sorted.count - 1) * p
        let low = Int(h.rounded(.down))
        let high = min(low + 1, sorted.count - 1)
        let a = sorted[low]
        let b = sorted[high]
        // An integral rank and equal neighbours (infinite rates included) need no
        // interpolation (0·∞ would be NaN).
        return h == Double(low) || a == b ? a : a + (h - Double(low)) * (b - a)
    }
}

extension Trainer {
    /// Per layer, the percentiles of the last update's effective per-parameter rates; nil for
    /// optimizers whose rate is the same for every parameter. Measured on the last update of
    /// each epoch (every update of a function model) rather than every update, so a run pays
    /// one linear-time selection over the parameters per epoch: the rates are read from the optimizer's state
    /// after the step, and the update loop itself does no extra work.
    func effectiveStepPercentiles() -> [EffectiveStepPercentiles]? {
        var rates: [Float] = []
        guard optimizer.effectiveRates(into: &rates), rates.count == model.parameters.count else { return nil }
        return EffectiveStepPercentiles.of(rates, tensors: model.parameters.tensors)
    }

    /// Attaches `effectiveStepPercentiles()` to the last record of `result` (not to a diverged
    /// update: it was never applied).
    func recordEffectiveSteps(into result: inout TrainingResult) {
        guard result.divergence == nil, let last = result.steps.indices.last else { return }
        result.steps[last].effectiveSteps = effectiveStepPercentiles()
    }
}
