import CKernels

extension OptimizerCore {
    /// `rates[i]` by `rule` from `state` (and `average`, for the centred rule) over the last
    /// step's segments, with each segment's `η = segmentRate(appliedLR · lrScale)`, on the
    /// active kernel path (`lrk_effective_rates`: the bits of the Swift loops it replaced);
    /// resizes `rates` to the state's count.
    func effectiveRates(
        _ rule: lrk_rates_rule, state: [Float], average: [Float]? = nil, correction: Float = 1, eps: Float = 0,
        segmentRate: (Double) -> Float = { Float($0) }, into rates: inout [Float]
    ) {
        let segments = lastSegmentRates(resizing: &rates, count: state.count)
        precondition(average.map { $0.count == state.count } ?? true)
        let path = KernelPath.active.code
        state.withUnsafeBufferPointer { s in
            (average ?? []).withUnsafeBufferPointer { a in
                rates.withUnsafeMutableBufferPointer { out in
                    for (range, rate) in segments where !range.isEmpty {
                        precondition(range.upperBound <= s.count)
                        let lower = range.lowerBound
                        lrk_effective_rates(
                            path, Int32(rule.rawValue), s.baseAddress! + lower, a.baseAddress.map { $0 + lower },
                            range.count, segmentRate(rate), correction, eps, out.baseAddress! + lower)
                    }
                }
            }
        }
    }
}
