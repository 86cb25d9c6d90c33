import LREngine

/// `function`: a test function's coordinates, started at `start` (``ModelSpec/function(name:start:scales:)``).
/// It trains on no data: `train.steps` counts its updates.
package struct FunctionModelKind: ModelKind {
    /// The optimisation test functions, in documentation order.
    package enum Function: String, Sendable, CaseIterable {
        case rosenbrock, quadratic, rastrigin, beale, himmelblau

        /// The fixed dimension of the function, nil when any dimension works.
        var dimension: Int? {
            switch self {
            case .beale, .himmelblau: 2
            default: nil
            }
        }
    }

    package static let name = "function"
    package static let doc = "Minimise a test function from a start point (no data; train.steps updates)."
    package static let keys = [
        KindKey("name", .choice(Function.allCases.map(\.rawValue), what: "function"), "The test function.",
                required: true),
        KindKey("start", .list(.number(.finite), minCount: 1, maxCount: 10_000),
                "Starting point (beale and himmelblau: exactly 2 coordinates).", required: true),
        KindKey("scales", .list(.number(.positive), minCount: 1, maxCount: 10_000),
                "Curvature per coordinate of the quadratic; same length as start (default all 1)."),
    ]
    package static let trainsOnData = false

    /// Nil while a sweep supplies it (every trial is decoded again with its value).
    package var function: Function?
    /// Empty while a sweep supplies it.
    package var start: [Double]
    /// Per-coordinate curvature of the quadratic (same length as `start`); nil means all 1.
    package var scales: [Double]?

    package var coordinates: Int? { start.count }

    package func spec() throws(TrialError) -> ModelSpec {
        guard let function else { throw TrialError("a function model needs 'name'") }
        return .function(name: function.rawValue, start: start, scales: scales)
    }
}

extension FunctionModelKind {
    package init?(_ f: Fields, reader: inout SectionReader) {
        let function = f.choice("name", as: Function.self)
        let start = f.doubles("start") ?? []
        if let function, let dimension = function.dimension, f.written("start") != nil, start.count != dimension {
            reader.error(f.location("start"), f.path("start"),
                         "'\(function.rawValue)' takes exactly \(dimension) coordinates, got \(start.count)")
        }
        if f.written("scales") != nil {
            if let function, function != .quadratic {
                reader.error(f.location("scales"), f.path("scales"),
                             "'scales' applies only to the 'quadratic' function")
            } else if let scales = f.doubles("scales"), f.written("start") != nil, scales.count != start.count {
                reader.error(f.location("scales"), f.path("scales"),
                             "expected \(start.count) values (one per coordinate of 'start'), got \(scales.count)")
            }
        }
        self.init(function: function, start: start, scales: f.doubles("scales"))
    }
}
