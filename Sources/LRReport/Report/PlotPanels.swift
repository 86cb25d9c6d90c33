import LRConfig
import LRTrial

/// Small multiples for the report's plots: when a sweep varies the model or the data, curves of
/// different problems have incomparable scales, so each plot gets one panel per problem.
///
/// A configuration's *problem choice* is the part of its assignment that sets the model or the
/// data: a swept path `model`, `data` or under them (`model.hidden`, `data.noise`), or a named
/// case (`sweep.cases`) that sets any such path (the whole case is then the choice, named by
/// the case). The panel title is the short label (``ConfigurationLabels``) of those values; the
/// legend labels the rest of the assignment the same way, so a line keeps its label, and its
/// colour, in every panel. Panels appear in the order their first configuration does.
package struct PlotPanels: Equatable {
    /// Panel titles, in first-seen order.
    package var titles: [String]
    /// Per configuration (in `RunSummary` order): its panel.
    package var panel: [Int]
    /// Per configuration: the short label of what it sets besides the problem; `default` when
    /// nothing else is swept.
    package var labels: [String]
    /// Per configuration: the whole assignment besides the problem (the legend's tooltip).
    package var details: [String]
    /// Per configuration: the index of its label among the distinct labels.
    package var labelIndex: [Int]
    /// The swept paths that chose the problem, in first-seen order.
    package var paths: [String]

    /// Plots with more problems than this keep one axis (a grid of more panels is unreadable).
    package static let maxPanels = 12

    /// Whether `path` sets the model or the data.
    package static func setsProblem(_ path: String) -> Bool {
        ["model", "data"].contains { path == $0 || path.hasPrefix($0 + ".") }
    }

    /// Nil unless at least two configurations differ in their problem choice (and at most
    /// ``maxPanels`` problems).
    package static func make(_ result: RunResult, _ summary: RunSummary) -> PlotPanels? {
        var problems: [[ParameterValue]] = []
        var others: [[ParameterValue]] = []
        var paths: [String] = []
        for configuration in summary.configurations {
            let assignments = result.trials.first { $0.spec.configurationID == configuration.id }?.spec.assignments ?? []
            var problem: [ParameterValue] = []
            var other: [ParameterValue] = []
            for parameter in configuration.parameters {
                let settings: [String]
                if parameter.path == SweepCase.path,
                    let assignment = assignments.first(where: { $0.path == SweepCase.path })
                {
                    settings = SweepCase.settings(assignment).map(\.path)
                } else {
                    settings = [parameter.path]
                }
                if settings.contains(where: setsProblem) {
                    problem.append(parameter)
                    if !paths.contains(parameter.path) { paths.append(parameter.path) }
                } else {
                    other.append(parameter)
                }
            }
            problems.append(problem)
            others.append(other)
        }
        let (titles, panel) = distinctLabels(problems)
        guard titles.count >= 2, titles.count <= maxPanels else { return nil }
        let (otherLabels, other) = distinctLabels(others)
        let labels = other.map { otherLabels[$0] }
        return PlotPanels(
            titles: titles, panel: panel, labels: labels, details: others.map(ConfigurationLabels.full), labelIndex: other,
            paths: paths)
    }

    /// Labels of the distinct lists among `lists` (first-seen order) and each list's index
    /// among them; equal lists share a label, an empty list is `default`.
    package static func distinctLabels(_ lists: [[ParameterValue]]) -> (labels: [String], index: [Int]) {
        var distinct: [[ParameterValue]] = []
        var index: [Int] = []
        for list in lists {
            if let found = distinct.firstIndex(of: list) {
                index.append(found)
            } else {
                index.append(distinct.count)
                distinct.append(list)
            }
        }
        // An empty list (nothing of it swept) is `default`; the others are labelled among themselves.
        let named = distinct.filter { !$0.isEmpty }
        var labels = ConfigurationLabels.make(named).makeIterator()
        return (distinct.map { $0.isEmpty ? "default" : labels.next() ?? "default" }, index)
    }

    /// The caption's sentence on the panels.
    package var caption: String {
        let names = paths.map { "`\($0)`" }.joined(separator: ", ")
        return " One panel per model or data choice (\(names)), each with its own y range; the panels share the x axis and the legend."
    }

    /// `series` (each tagged with its configuration) split into panels: relabelled by what
    /// the configuration sets besides the problem (plus its `suffix`, e.g. the seed). A series
    /// with its own dash pattern (one of several lines of a configuration: seeds, layers) takes
    /// its configuration's colour; others take their legend entry's. The y scale is left
    /// linear for the caller to choose.
    package func split(_ tagged: [CurveSeries.Tagged]) -> [PlotPanel] {
        titles.indices.map { index in
            let series = tagged.filter { panel[$0.configuration] == index }.map { item -> PlotSeries in
                var series = item.series
                let base = labels[item.configuration]
                // Nothing swept besides the problem: `seed 2` rather than `default, seed 2`.
                series.label = base == "default" && item.suffix.hasPrefix(", ") ? String(item.suffix.dropFirst(2)) : base + item.suffix
                series.detail = details[item.configuration] + item.suffix
                series.color = series.dash == nil ? nil : labelIndex[item.configuration] % Palette.colors.count
                return series
            }
            return PlotPanel(title: titles[index], series: series)
        }
    }
}
