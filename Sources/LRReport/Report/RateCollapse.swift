/// The learning-rate plot without repeats: configurations whose lr curves are identical (the
/// same step and lr values throughout, compared exactly) share one line, so a sweep that keeps
/// the rate fixed while varying something else shows one line per distinct rate rather than a
/// stack of lines hiding each other.
package enum RateCollapse {
    /// A shared line lists its configurations' labels when they fit in this many characters.
    package static let listedLength = ConfigurationLabels.longLabel

    /// `series` with identical curves merged (first-seen order); unchanged when no two are
    /// identical. A shared constant rate is labelled `lr 0.01 (4 configurations)`, and when
    /// every line is constant a single configuration's is `lr 0.1 (<label>)`. Other shared
    /// curves are named by the words their labels share (`lr=0.01 (2 configurations)`), else
    /// list their labels when short, else `<first label> and N more (same lr)`. The tooltip lists every configuration.
    package static func collapse(_ series: [PlotSeries]) -> [PlotSeries] {
        var groups: [[PlotSeries]] = []
        for line in series {
            if let index = groups.firstIndex(where: { $0[0].points == line.points }) {
                groups[index].append(line)
            } else {
                groups.append([line])
            }
        }
        guard groups.count < series.count else { return series }
        let allConstant = groups.allSatisfy { constant($0[0].points) != nil }
        for digits in [4, 6, 8, 17] {
            let labels = groups.map { label($0, allConstant: allConstant, digits: digits) }
            guard Set(labels).count == labels.count else { continue }
            return zip(groups, labels).map { group, label in
                var line = group[0]
                line.label = label
                if group.count > 1 {
                    line.detail = group.map { $0.detail ?? $0.label }.joined(separator: "; ")
                    line.color = nil
                    line.dash = nil
                }
                return line
            }
        }
        return series
    }

    /// The rate of a curve that never changes (nil entries aside), else nil.
    package static func constant(_ points: [PlotPoint]) -> Double? {
        let values = points.compactMap(\.y)
        guard let first = values.first, values.allSatisfy({ $0 == first }) else { return nil }
        return first
    }

    package static func label(_ group: [PlotSeries], allConstant: Bool, digits: Int) -> String {
        if let rate = constant(group[0].points), group.count > 1 || allConstant {
            let members = group.count == 1 ? group[0].label : "\(group.count) configurations"
            return "lr \(NumberText.compact(rate, significant: digits)) (\(members))"
        }
        if group.count == 1 { return group[0].label }
        // What the labels share, e.g. `lr=0.01` of `adam lr=0.01` and `sgd lr=0.01`.
        let tokens = group.map { $0.label.split(separator: " ") }
        let shared = tokens[0].filter { token in tokens.dropFirst().allSatisfy { $0.contains(token) } }
        if !shared.isEmpty { return "\(shared.joined(separator: " ")) (\(group.count) configurations)" }
        let listed = group.map(\.label).joined(separator: ", ")
        return listed.count <= listedLength ? listed : "\(group[0].label) and \(group.count - 1) more (same lr)"
    }
}
