import LRTrial

/// Lines for the report's plots, taken from trials' curve tables.
package enum CurveSeries {
    /// How trials become lines.
    package enum Grouping: Equatable {
        /// One line per trial.
        case perTrial
        /// One line per configuration: the mean over its `ok`/`stopped` seeds at each row (the
        /// first trial's curve when none of them finished), with their standard deviation as
        /// the series' spread.
        case seedMean
        /// One line per configuration: its first trial.
        case firstSeed
    }

    /// Trials beyond which per-trial plots turn into one line per configuration.
    package static let perTrialLimit = 12

    /// One column of the curves against `xColumn` (row number from 1 when absent). With
    /// `onlyMeasured`, rows where the column is empty are dropped first (e.g. `val_loss`, which
    /// is measured once per epoch) so nothing breaks the line between measurements.
    package static func lines(
        _ result: RunResult, _ summary: RunSummary, column: String, xColumn: String,
        grouping: Grouping, onlyMeasured: Bool
    ) -> [PlotSeries] {
        tagged(result, summary, column: column, xColumn: xColumn, grouping: grouping, onlyMeasured: onlyMeasured)
            .map(\.series)
    }

    /// A line with the configuration (index into `summary.configurations`) it belongs to and
    /// what its label adds to the configuration's (`, seed 2` for a per-trial line).
    package typealias Tagged = (configuration: Int, series: PlotSeries, suffix: String)

    /// ``lines(_:_:column:xColumn:grouping:onlyMeasured:)`` with each line's configuration.
    package static func tagged(
        _ result: RunResult, _ summary: RunSummary, column: String, xColumn: String,
        grouping: Grouping, onlyMeasured: Bool
    ) -> [Tagged] {
        let labels = ReportLabels(summary)
        switch grouping {
        case .perTrial:
            // A configuration's seeds share a colour and differ in dash pattern, while there
            // are colours enough; otherwise each trial takes the next colour.
            let grouped = summary.configurations.count <= Palette.colors.count
            var seen: [String: Int] = [:]
            return result.trials.map { trial in
                let configuration = summary.configurations.firstIndex { $0.id == trial.spec.configurationID } ?? 0
                let replicate = seen[trial.spec.configurationID, default: 0]
                seen[trial.spec.configurationID] = replicate + 1
                let series = PlotSeries(
                    label: labels.trial(trial.spec),
                    points: points(trial.outcome.curve, column: column, xColumn: xColumn, onlyMeasured: onlyMeasured),
                    color: grouped ? configuration : nil, dash: grouped ? replicate : nil,
                    detail: "\(labels.full(configuration)), seed \(trial.spec.seed)")
                return (configuration, series, ", seed \(trial.spec.seed)")
            }
        case .seedMean, .firstSeed:
            return summary.configurations.enumerated().map { index, configuration in
                let trials = result.trials.filter { $0.spec.configurationID == configuration.id }
                let usable = trials.filter { StatusCounts.counts($0.outcome.status) }
                let chosen: [RunResult.Trial]
                if grouping == .seedMean, !usable.isEmpty {
                    chosen = usable
                } else {
                    chosen = Array(trials.prefix(1))
                }
                let curves = chosen.map {
                    points($0.outcome.curve, column: column, xColumn: xColumn, onlyMeasured: onlyMeasured)
                }
                let (means, spread) = meanAndSpread(curves)
                let series = PlotSeries(
                    label: labels.configuration(index), points: means,
                    spread: grouping == .seedMean && curves.count > 1 ? spread : nil, detail: labels.full(index))
                return (index, series, "")
            }
        }
    }

    /// `series` smoothed with ``Smoothing/ema(_:weight:)`` (its band too), the raw points kept
    /// as `unsmoothed` to be drawn faintly behind; unchanged when `weight` is 0.
    package static func smoothed(_ series: PlotSeries, weight: Double) -> PlotSeries {
        guard weight > 0 else { return series }
        var out = series
        out.unsmoothed = series.points
        let ys = Smoothing.ema(series.points.map(\.y), weight: weight)
        out.points = zip(series.points, ys).map { PlotPoint(x: $0.x, y: $1) }
        out.spread = series.spread.map { Smoothing.ema($0, weight: weight) }
        return out
    }

    /// Points of one column; x from `xColumn`, else the row number from 1.
    package static func points(_ curve: CurveTable, column: String, xColumn: String, onlyMeasured: Bool) -> [PlotPoint] {
        guard let ys = curve.column(column) else { return [] }
        let xs = curve.column(xColumn)
        var out: [PlotPoint] = []
        for (row, y) in ys.enumerated() {
            if onlyMeasured, y == nil { continue }
            let x = xs.flatMap { $0[row] } ?? Double(row + 1)
            out.append(PlotPoint(x: x, y: y))
        }
        return out
    }

    /// The pointwise mean of curves by position (x from the first curve that has the
    /// position), over the finite values there, nil where none is finite; and their sample
    /// standard deviation, nil where fewer than two are finite.
    package static func meanAndSpread(_ curves: [[PlotPoint]]) -> (points: [PlotPoint], spread: [Double?]) {
        if curves.count == 1, let only = curves.first { return (only, only.map { _ in nil }) }
        let length = curves.map(\.count).max() ?? 0
        var out: [PlotPoint] = []
        var spread: [Double?] = []
        out.reserveCapacity(length)
        for i in 0..<length {
            var x: Double?
            var values: [Double] = []
            for curve in curves where i < curve.count {
                if x == nil { x = curve[i].x }
                if let y = curve[i].y, y.isFinite { values.append(y) }
            }
            let statistics = SampleStatistics(name: "", values: values)
            out.append(PlotPoint(x: x ?? Double(i + 1), y: statistics.mean))
            spread.append(statistics.std)
        }
        return (out, spread)
    }
}
