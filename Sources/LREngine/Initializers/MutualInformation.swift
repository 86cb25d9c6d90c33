/// Equal-frequency discretisation and plug-in mutual information, for `EntropyGain`.
enum MutualInformation {
    /// Bin indices in `0..<bins` for `values`, each bin holding about `count / bins` values.
    ///
    /// Values are ranked (ties broken by position, so the order is total and stable); a value
    /// goes to bin `⌊rank·bins / count⌋` where `rank` is the first rank of its group of equal
    /// values, so equal values always share a bin (heavily tied features get fewer bins).
    static func equalFrequencyBins(_ values: [Double], bins: Int) -> [Int] {
        let count = values.count
        guard count > 0 else { return [] }
        let order = values.indices.sorted { values[$0] < values[$1] || (values[$0] == values[$1] && $0 < $1) }
        var result = [Int](repeating: 0, count: count)
        var groupStart = 0
        for rank in 0..<count {
            if rank > 0 && values[order[rank]] != values[order[rank - 1]] { groupStart = rank }
            result[order[rank]] = min(bins - 1, groupStart * bins / count)
        }
        return result
    }

    /// I(X; Y) = Σ p(x, y)·log(p(x, y) / (p(x)·p(y))) in nats, from paired labels
    /// `x ∈ 0..<xBins`, `y ∈ 0..<yBins`, summed in index order.
    static func nats(_ x: [Int], xBins: Int, _ y: [Int], yBins: Int) -> Double {
        let count = x.count
        guard count > 0, count == y.count else { return 0 }
        var joint = [Double](repeating: 0, count: xBins * yBins)
        var xCounts = [Double](repeating: 0, count: xBins)
        var yCounts = [Double](repeating: 0, count: yBins)
        for i in 0..<count {
            joint[x[i] * yBins + y[i]] += 1
            xCounts[x[i]] += 1
            yCounts[y[i]] += 1
        }
        let n = Double(count)
        var information = 0.0
        for a in 0..<xBins {
            for b in 0..<yBins {
                let together = joint[a * yBins + b]
                guard together > 0 else { continue }
                information += together / n * libmLog(together * n / (xCounts[a] * yCounts[b]))
            }
        }
        return max(information, 0)
    }
}
