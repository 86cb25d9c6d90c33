import Foundation
import LRConfig

extension ContourPlot {
    /// The Vega-Lite v6 schema the spec follows.
    package static let vegaLiteSchema = "https://vega.github.io/schema/vega-lite/v6.json"

    /// The same picture as a Vega-Lite v6 spec, data inline: panels side by side (`concat`,
    /// two columns), each a layer of its contour lines (`line`, `detail` per piece, `order` along
    /// it), the paths (`line` with `order` by update, coloured by label, the points
    /// the SVG draws), their start and end points, and the minima; each axis fixed to the
    /// panel's range. Contours keep every other point, to 4 significant digits; paths to 6. Pretty-printed
    /// with one data row per line, ending with a newline; same plot, same bytes.
    package func vegaLite() -> String {
        let labels = panels.flatMap { $0.paths.map(\.label) }
        let colors = panels.flatMap { panel in panel.paths.indices.map { Palette.color($0, panel.paths[$0]) } }
        let color: JSONValue = .object([
            ("field", .string("label")), ("type", .string("nominal")), ("title", .string("configuration")),
            ("scale", .object([("domain", .array(labels.map { .string($0) })), ("range", .array(colors.map { .string($0) }))])),
        ])
        let spec: JSONValue = .object([
            ("$schema", .string(Self.vegaLiteSchema)),
            ("description", .string(title)),
            ("title", .string(title)),
            ("columns", .integer(Self.columns)),
            ("concat", .array(panels.map { vegaLitePanel($0, color: color) })),
            ("resolve", .object([("scale", .object([
                ("x", .string("independent")), ("y", .string("independent")), ("color", .string("shared")),
            ]))])),
        ])
        return spec.pretty(compactingItemsUnder: ["values"]) + "\n"
    }

    private func vegaLitePanel(_ panel: Panel, color: JSONValue) -> JSONValue {
        func axis(_ field: String, _ title: String, _ axis: Axis) -> JSONValue {
            .object([
                ("field", .string(field)), ("type", .string("quantitative")), ("title", .string(title)),
                ("scale", .object([("domain", .array([Self.number(axis.lower), Self.number(axis.upper)])), ("nice", .bool(false))])),
            ])
        }
        let position: [(String, JSONValue)] = [("x", axis("x", xTitle, panel.x)), ("y", axis("y", yTitle, panel.y))]
        func layer(_ rows: [JSONValue], _ mark: [(String, JSONValue)], _ encoding: [(String, JSONValue)]) -> JSONValue {
            .object([
                ("data", .object([("values", .array(rows))])),
                ("mark", .object(mark + [("clip", .bool(true))])),
                ("encoding", .object(position + encoding)),
            ])
        }
        let order: JSONValue = .object([("field", .string("order")), ("type", .string("quantitative"))])
        var contours: [JSONValue] = []
        var piece = 0
        for contour in panel.contours {
            for line in contour.lines where line.count > 1 {
                // Every other point (and the last) is smooth enough at the panel's size.
                for (index, p) in line.enumerated() where index % 2 == 0 || index == line.count - 1 {
                    guard let y = p.y else { continue }
                    contours.append(.object([
                        ("piece", .integer(piece)), ("level", Self.number(contour.level)), ("order", .integer(index)),
                        ("x", Self.number(p.x, digits: 4)), ("y", Self.number(y, digits: 4)),
                    ]))
                }
                piece += 1
            }
        }
        var paths: [JSONValue] = []
        var ends: [JSONValue] = []
        for path in panel.paths {
            let points = drawable(path, in: panel)
            for (order, p) in points.enumerated() {
                guard let y = p.y else { continue }
                paths.append(.object([
                    ("label", .string(path.label)), ("order", .integer(order)), ("x", Self.number(p.x)), ("y", Self.number(y)),
                ]))
            }
            let drawn = points.filter { $0.y != nil }
            for (end, point) in [("start", drawn.first), ("end", drawn.last)] {
                guard let point, let y = point.y else { continue }
                ends.append(.object([
                    ("label", .string(path.label)), ("point", .string(end)), ("x", Self.number(point.x)), ("y", Self.number(y)),
                ]))
            }
        }
        let minima = panel.minima.compactMap { p in p.y.map { JSONValue.object([("x", Self.number(p.x)), ("y", Self.number($0))]) } }
        return .object([
            ("title", .string(panel.title)),
            ("width", .integer(Int(Self.plotSize))), ("height", .integer(Int(Self.plotSize))),
            ("layer", .array([
                layer(contours, [("type", .string("line")), ("color", .string("#9aa5b1")), ("strokeWidth", .number(1))],
                      [("detail", .object([("field", .string("piece")), ("type", .string("nominal"))])),
                       ("order", order)]),
                layer(paths, [("type", .string("line")), ("strokeWidth", .number(1.5))], [("color", color), ("order", order)]),
                layer(ends, [("type", .string("point")), ("size", .integer(60)), ("opacity", .integer(1))], [
                    ("color", color),
                    ("fill", .object([("field", .string("point")), ("type", .string("nominal")), ("title", .string("marker")),
                                      ("scale", .object([("domain", .array([.string("start"), .string("end")])),
                                                         ("range", .array([.string("#ffffff"), .string("#333333")]))]))])),
                ]),
                layer(minima, [("type", .string("point")), ("shape", .string("cross")), ("filled", .bool(true)),
                               ("color", .string("#000000")), ("size", .integer(80))], []),
            ])),
        ])
    }

    /// `value` to `digits` significant digits, as the nearest double of that text (JSON has no
    /// NaN: non-finite values are null).
    package static func number(_ value: Double, digits: Int = 6) -> JSONValue {
        guard value.isFinite else { return .null }
        return .number(Double(PrintfNumber.g(value, digits)) ?? value)
    }
}
