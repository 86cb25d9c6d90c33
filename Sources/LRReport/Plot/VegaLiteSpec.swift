import Foundation
import LRConfig

/// A `LinePlot` as a self-contained Vega-Lite v6 spec (`plots/<name>.vl.json`): the points the
/// SVG draws (after downsampling) inline, with the same titles, axis domains and scales, bands,
/// colours, dash patterns and panels, for tools that restyle or combine plots.
///
/// Each data row is one unbroken piece of a series (the SVG breaks lines at gaps): `series`
/// (the legend label), `run` (the piece's number after the first), `panel` (the small-multiples
/// panel), and parallel lists `x` with one of `y` (the line), `dot` (a lone point between gaps,
/// drawn as a dot), `low`/`high` (the band), `raw` (the unsmoothed line); each layer flattens
/// its rows into one datum per point, so labels are not repeated for every point. A series
/// with nothing drawable keeps one row with its label alone, so the legend lists it as the
/// SVG's does. Numbers have 7 significant digits, integers print without a fraction, members
/// come in a fixed order: same plot, same bytes.
package enum VegaLiteSpec {
    package static let schema = "https://vega.github.io/schema/vega-lite/v6.json"
    /// Significant digits of the data (as the bundle's curves: `BundleLayout.curveDigits`).
    package static let digits = 7

    /// The spec's text, ending with a newline.
    package static func text(_ plot: LinePlot) -> String {
        render(json(plot)) + "\n"
    }

    package static func json(_ plot: LinePlot) -> JSONValue {
        let layout = LinePlotLayout(plot)
        let panelled = !plot.panels.isEmpty
        var rows: [JSONValue] = []
        for panel in layout.panels {
            rows += self.rows(panel, panel: panelled ? panel.title : nil, xScale: plot.xScale)
        }
        var members: [(String, JSONValue)] = [
            ("$schema", .string(schema)),
            ("title", .string(plot.title)),
            ("data", .object([("values", .array(rows))])),
        ]
        let views = layout.panels.map { view($0, layout: layout, plot: plot) }
        if panelled {
            members.append(("columns", .integer(layout.columns)))
            members.append(("concat", .array(views.enumerated().map { index, view in
                let title = layout.panels[index].title ?? ""
                let filter: JSONValue = .object([("filter", .object([("field", .string("panel")), ("equal", .string(title))]))])
                return .object([("title", .string(title)), ("transform", .array([filter]))] + view)
            })))
            members.append(("resolve", .object([("scale", .object([("x", .string("shared")), ("y", .string("independent"))]))])))
        } else if let view = views.first {
            members += view
        }
        return .object(members)
    }

    /// Width, height and layers of one panel (or of the whole plot).
    package static func view(_ panel: LinePlotLayout.Panel, layout: LinePlotLayout, plot: LinePlot) -> [(String, JSONValue)] {
        let area = panel.area
        let x = axis("x", title: plot.xTitle, axis: area.xAxis, scale: plot.xScale)
        let y = { (field: String) in axis(field, title: plot.yTitle, axis: area.yAxis, scale: panel.yScale) }
        // One colour encoding in every layer (layers' legends merge); the legend draws strokes.
        let color = legendEncoding(layout, channel: "color")
        let hasDashes = layout.legend.contains { $0.style.dash != nil }
        let run: (String, JSONValue) = ("detail", .object([("field", .string("run")), ("type", .string("nominal"))]))
        // Rows hold a piece's values as lists: a layer keeps the rows of its kind and flattens
        // them into one datum per point.
        func layer(_ mark: JSONValue, valid field: String, _ encoding: [(String, JSONValue)]) -> JSONValue {
            let columns = [field] + (field == "low" ? ["high"] : [])
            return .object([
                ("transform", .array([
                    .object([("filter", .string("isValid(datum.\(field))"))]),
                    .object([("flatten", .array((["x"] + columns).map { .string($0) }))]),
                ])),
                ("mark", mark),
                ("encoding", .object(encoding)),
            ])
        }
        var layers: [JSONValue] = []
        if panel.prepared.contains(where: { !$0.bands.isEmpty }) {
            layers.append(layer(
                .object([("type", .string("area")), ("opacity", .number(0.15))]), valid: "low",
                [("x", x), ("y", y("low")), ("y2", .object([("field", .string("high"))])), ("color", color), run]))
        }
        if panel.prepared.contains(where: { !$0.unsmoothed.isEmpty }) {
            layers.append(layer(
                .object([("type", .string("line")), ("strokeWidth", .integer(1)), ("opacity", .number(LinePlot.unsmoothedOpacity))]),
                valid: "raw", [("x", x), ("y", y("raw")), ("color", color), run]))
        }
        var lineEncoding: [(String, JSONValue)] = [("x", x), ("y", y("y")), ("color", color)]
        if hasDashes { lineEncoding.append(("strokeDash", legendEncoding(layout, channel: "strokeDash"))) }
        lineEncoding.append(run)
        lineEncoding.append(("tooltip", .array(["series", "x", "y"].map { .object([("field", .string($0))]) })))
        layers.append(layer(.object([("type", .string("line")), ("strokeWidth", .number(1.5))]), valid: "y", lineEncoding))
        // A run of one point draws no line: the SVG shows it as a dot.
        if panel.prepared.contains(where: { PlotArea.runs($0.thinned, plot.xScale, panel.yScale).contains { $0.count == 1 } }) {
            layers.append(layer(
                .object([("type", .string("point")), ("filled", .bool(true)), ("size", .integer(20))]), valid: "dot",
                [("x", x), ("y", y("dot")), ("color", color)]))
        }
        return [
            ("width", .integer(Int((area.right - area.left).rounded()))),
            ("height", .integer(Int((area.bottom - area.top).rounded()))),
            ("layer", .array(layers)),
        ]
    }

    /// A positional channel on `field` with the SVG axis' domain and scale.
    package static func axis(_ field: String, title: String, axis: Axis, scale: AxisScale) -> JSONValue {
        var scaleMembers: [(String, JSONValue)] = []
        if scale == .log { scaleMembers.append(("type", .string("log"))) }
        scaleMembers += [
            ("domain", .array([number(axis.lower), number(axis.upper)])), ("nice", .bool(false)), ("zero", .bool(false)),
        ]
        return .object([
            ("field", .string(field)), ("type", .string("quantitative")), ("title", .string(title)),
            ("scale", .object(scaleMembers)),
        ])
    }

    /// `color` or `strokeDash` by series label, with the SVG's colours and dash patterns.
    package static func legendEncoding(_ layout: LinePlotLayout, channel: String) -> JSONValue {
        let range: [JSONValue] = layout.legend.map { entry in
            if channel == "color" { return .string(entry.style.color) }
            let dash = (entry.style.dash ?? "1 0").split(separator: " ").compactMap { Int($0) }
            return .array(dash.map { .integer($0) })
        }
        return .object([
            ("field", .string("series")), ("type", .string("nominal")),
            ("scale", .object([("domain", .array(layout.legend.map { .string($0.label) })), ("range", .array(range))])),
            ("legend", channel == "color"
                ? .object([("title", .null), ("labelLimit", .integer(400)), ("symbolType", .string("stroke")),
                           ("symbolOpacity", .integer(1)), ("symbolStrokeWidth", .integer(2))]) : .null),
        ])
    }

    /// The rows of one panel: for each series its line, band and unsmoothed points as drawn.
    package static func rows(_ panel: LinePlotLayout.Panel, panel title: String?, xScale: AxisScale) -> [JSONValue] {
        var rows: [JSONValue] = []
        for (series, prepared) in zip(panel.series, panel.prepared) {
            /// One unbroken piece: `x` and each of `columns` as parallel lists.
            func row(_ xs: [Double], _ columns: [(String, [Double])], run: Int) -> JSONValue {
                var members: [(String, JSONValue)] = []
                if let title { members.append(("panel", .string(title))) }
                members.append(("series", .string(series.label)))
                if run > 0 { members.append(("run", .integer(run))) }
                members.append(("x", .array(xs.map(number))))
                for (key, values) in columns { members.append((key, .array(values.map(number)))) }
                return .object(members)
            }
            let lines = PlotArea.runs(prepared.thinned, xScale, panel.yScale)
            for (run, points) in lines.enumerated() {
                rows.append(row(points.map(\.x), [(points.count == 1 ? "dot" : "y", points.map { $0.y ?? 0 })], run: run))
            }
            for (run, points) in prepared.bands.enumerated() {
                rows.append(row(points.map(\.x), [("low", points.map(\.low)), ("high", points.map(\.high))], run: run))
            }
            for (run, points) in PlotArea.runs(prepared.unsmoothed, xScale, panel.yScale).enumerated() {
                rows.append(row(points.map(\.x), [("raw", points.map { $0.y ?? 0 })], run: run))
            }
            if lines.isEmpty {
                var members: [(String, JSONValue)] = []
                if let title { members.append(("panel", .string(title))) }
                members.append(("series", .string(series.label)))
                rows.append(.object(members))
            }
        }
        return rows
    }

    /// `x` to 7 significant digits; an integer when it is one (steps, epochs).
    package static func number(_ x: Double) -> JSONValue {
        guard x.isFinite else { return .null }
        if x == x.rounded(), abs(x) < 1e15 { return .integer(Int(x)) }
        return .number(Double(PrintfNumber.g(x, digits)) ?? x)
    }

    /// Pretty-printed, except that lists of numbers and values whose one-line form is short
    /// (encodings) stay on one line, so a spec of thousands of points stays small.
    package static func render(_ value: JSONValue, indent: Int = 0) -> String {
        if let short = value.compact(ifAtMost: 100) { return short }
        if case .array(let items) = value, items.allSatisfy({ if case .array = $0 { false } else if case .object = $0 { false } else { true } }) {
            return value.compact()
        }
        let pad = String(repeating: "  ", count: indent + 1)
        let close = String(repeating: "  ", count: indent)
        switch value {
        case .array(let items):
            return "[\n" + items.map { pad + render($0, indent: indent + 1) }.joined(separator: ",\n") + "\n" + close + "]"
        case .object(let members):
            return "{\n" + members.map { pad + JSONValue.quote($0.0) + ": " + render($0.1, indent: indent + 1) }
                .joined(separator: ",\n") + "\n" + close + "}"
        default:
            return value.compact()
        }
    }
}

extension LinePlot {
    /// The plot as a Vega-Lite v6 spec (`VegaLiteSpec`), ending with a newline.
    package func vegaLite() -> String {
        VegaLiteSpec.text(self)
    }
}
