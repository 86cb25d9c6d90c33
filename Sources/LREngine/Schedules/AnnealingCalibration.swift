/// The starting temperature of an annealing chain, calibrated from the loss changes Δ of its
/// first proposals so that the Metropolis rule would have accepted a target share χ₀ of them.
///
/// The rule is the acceptance-ratio equation of Ben-Ameur (2004), "Computing the initial
/// temperature of simulated annealing", Comput. Optim. Appl. 29, 369–385, solved on the
/// sample itself: T₀ is the temperature with
///
///     χ̂(T) = (1/n) Σᵢ aᵢ(T) = χ₀,   aᵢ(T) = 1 if Δᵢ ≤ 0, else exp(−Δᵢ/T)
///
/// over the n finite changes. χ̂ rises from the downhill share p (T → 0) to 1 (T → ∞), so
/// the root exists when p < χ₀ < 1; it is found by bisection (a fixed number of halvings of a
/// bracket found by doubling, so the same Δs give the same bits). Ben-Ameur takes uphill
/// changes only; all changes are counted here because the rate lrlab reports is the share of
/// all proposals accepted. When the sample has no room for the target (p ≥ χ₀: the loss
/// mostly fell while calibrating) the rule falls back to that of Johnson et al. (1989),
/// "Optimization by simulated annealing: an experimental evaluation; part I", Oper. Res. 37,
/// and Kirkpatrick et al. (1983): T₀ = −mean(Δ⁺)/ln χ₀ over the uphill changes Δ⁺ (over all
/// |Δ| when none rose). With no finite non-zero change the temperature is 0 (only
/// non-worsening proposals pass).
public enum AnnealingCalibration {
    /// Bisection halvings: far below a Double's 52-bit resolution of the bracket's ratio.
    static let halvings = 200
    /// Doublings allowed to find the bracket (2^2000 covers every finite Δ ratio).
    static let maximumDoublings = 2000

    /// The share of `deltas` the Metropolis rule accepts at `temperature` (non-finite Δs left
    /// out); nil when none is finite.
    public static func acceptance(_ deltas: [Double], temperature: Double) -> Double? {
        let finite = deltas.filter(\.isFinite)
        guard !finite.isEmpty else { return nil }
        var sum = 0.0
        for delta in finite {
            if delta <= 0 { sum += 1 } else if temperature > 0 { sum += _exp(-delta / temperature) }
        }
        return sum / Double(finite.count)
    }

    /// T₀ for target acceptance `target` (in (0, 1)) from the changes `deltas`, in order.
    public static func temperature(_ deltas: [Double], target: Double) -> Double {
        let finite = deltas.filter(\.isFinite)
        let uphill = finite.filter { $0 > 0 }
        guard !uphill.isEmpty else { return johnson(finite.map { abs($0) }.filter { $0 > 0 }, target: target) }
        let downhillShare = Double(finite.count - uphill.count) / Double(finite.count)
        guard downhillShare < target else { return johnson(uphill, target: target) }
        func excess(_ t: Double) -> Double { (acceptance(finite, temperature: t) ?? 0) - target }
        var high = uphill.max() ?? 1
        var low = uphill.min() ?? 1
        var doublings = 0
        while excess(high) < 0, doublings < maximumDoublings {
            high *= 2
            doublings += 1
        }
        doublings = 0
        while excess(low) > 0, doublings < maximumDoublings {
            low /= 2
            doublings += 1
        }
        for _ in 0..<halvings {
            let middle = low + (high - low) / 2
            if middle <= low || middle >= high { break }
            if excess(middle) < 0 { low = middle } else { high = middle }
        }
        return high
    }

    /// −mean(`changes`)/ln χ₀ (0 for no changes), summed in order.
    public static func johnson(_ changes: [Double], target: Double) -> Double {
        guard !changes.isEmpty else { return 0 }
        let mean = changes.reduce(0, +) / Double(changes.count)
        return -mean / _log(target)
    }
}
