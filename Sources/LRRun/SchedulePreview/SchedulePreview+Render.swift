import LRConfig
import LRReport
import LRBundle

extension SchedulePreview {
    /// `preview` in `format`, ending with a newline. A file without a sweep that changes the
    /// schedule prints as before sweeps were previewed: CSV without a `configuration` column.
    package static func render(_ preview: Preview, format: Format) -> String {
        switch format {
        case .csv: csv(preview)
        case .svg: svg(preview)
        case .json: json(preview)
        }
    }

    /// One table; in long form with a leading `configuration` column when swept.
    package static func csv(_ preview: Preview) -> String {
        guard preview.isSwept, let first = preview.configurations.first else {
            return preview.configurations.first.map { csv($0.curve) } ?? ""
        }
        var text = (["configuration"] + first.curve.columns).joined(separator: ",") + "\n"
        for configuration in preview.configurations {
            let label = CurveCSV.quoted(configuration.label)
            for row in configuration.curve.rows {
                text += label + "," + row.map { cell in cell.map(number) ?? "" }.joined(separator: ",") + "\n"
            }
        }
        return text
    }

    /// The rate per configuration, and the momentum below it when any configuration has one:
    /// two `LinePlot`s stacked in one document.
    package static func svg(_ preview: Preview) -> String {
        let lr = LinePlot(
            title: "Learning rate", xTitle: "step", yTitle: "lr", yScale: scale(series(preview, "lr")),
            series: series(preview, "lr"))
        let momentum = series(preview, "momentum")
        guard momentum.contains(where: { $0.points.contains { $0.y != nil } }) else { return lr.svg() }
        let second = LinePlot(title: "Momentum", xTitle: "step", yTitle: "momentum", series: momentum)
        let width = max(lr.width, second.width)
        let height = lr.height + second.height
        return [
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(width)\" height=\"\(height)\" viewBox=\"0 0 \(width) \(height)\">",
            "<title>Learning rate and momentum</title>",
            lr.svg().trimmingTrailingWhitespace(),
            second.svg().replacingOccurrences(of: "<svg ", with: "<svg y=\"\(lr.height)\" ").trimmingTrailingWhitespace(),
            "</svg>",
        ].joined(separator: "\n") + "\n"
    }

    /// One series per configuration of `column` against `step`; none when no configuration has it.
    package static func series(_ preview: Preview, _ column: String) -> [PlotSeries] {
        preview.configurations.compactMap { configuration in
            guard let ys = configuration.curve.column(column) else { return nil }
            let xs = configuration.curve.column("step") ?? []
            let points = ys.enumerated().map { index, y in
                PlotPoint(x: (index < xs.count ? xs[index] : nil) ?? Double(index + 1), y: y)
            }
            return PlotSeries(
                label: configuration.label, points: points,
                detail: configuration.detail.isEmpty ? nil : configuration.detail)
        }
    }

    /// Log when every finite rate is positive and they span at least a factor of ten.
    package static func scale(_ series: [PlotSeries]) -> AxisScale {
        let values = series.flatMap { $0.points.compactMap(\.y) }.filter(\.isFinite)
        guard let low = values.min(), let high = values.max() else { return .linear }
        return low > 0 && high >= 10 * low ? .log : .linear
    }

    /// `lrlab.schedule/1`: `configurations` (label, assignment, columns, rows with nulls for
    /// empty cells) and `notes`; one row per line.
    package static func json(_ preview: Preview) -> String {
        let configurations = preview.configurations.map { configuration -> JSONValue in
            let rows = configuration.curve.rows.map { row -> JSONValue in
                .array(row.enumerated().map { index, cell in
                    guard let cell else { return .null }
                    if configuration.curve.columns.indices.contains(index), configuration.curve.columns[index] == "step",
                        let step = Int(exactly: cell)
                    {
                        return .integer(step)
                    }
                    return .number(cell)
                })
            }
            return .object([
                ("label", .string(configuration.label)), ("assignment", .string(configuration.detail)),
                ("steps", .integer(configuration.curve.rows.count)),
                ("columns", .array(configuration.curve.columns.map { .string($0) })), ("rows", .array(rows)),
            ])
        }
        let value: JSONValue = .object([
            ("format", .string("lrlab.schedule/1")),
            ("configurations", .array(configurations)),
            ("notes", .array(preview.notes.map { .string($0) })),
        ])
        return value.pretty(compactingItemsUnder: ["rows"]) + "\n"
    }
}
