import Foundation
import LRConfig
import LREngine

extension SweepExpander {
    /// The values a grid takes for one parameter: its list, or a `choice` distribution's values.
    package static func gridValues(_ parameter: SweepConfig.Parameter) -> [ConfigNode] {
        switch parameter.values {
        case .list(let items): items
        case .distribution(.choice(let items)): items
        // Load-time validation rejects other distributions in a grid.
        case .distribution: []
        }
    }

    /// The cartesian product of the cases (outermost, when there are any) and the parameters'
    /// values, the last parameter varying fastest.
    package func grid(_ sweep: SweepConfig, _ experiment: Experiment, sources: inout SourceLines)
        throws(ConfigError) -> [[SweepDraw]]
    {
        var columns = sweep.parameters.map { p in Self.gridValues(p).map { SweepDraw(path: p.path, value: $0, origin: $0.location) } }
        if !sweep.cases.isEmpty { columns.insert(sweep.cases.map(SweepCase.draw), at: 0) }
        var count = 1
        for column in columns {
            let (product, overflow) = count.multipliedReportingOverflow(by: column.count)
            guard !overflow, product <= maxTrials else {
                throw tooMany(experiment, at: "sweep.parameters", sources: &sources)
            }
            count = product
        }
        var configurations: [[SweepDraw]] = [[]]
        for column in columns {
            configurations = configurations.flatMap { prefix in column.map { prefix + [$0] } }
        }
        return configurations
    }

    /// `sweep.trials` configurations drawn from the `sweep` stream of the root seed, each
    /// parameter in the order written.
    package func random(_ sweep: SweepConfig, _ experiment: Experiment) -> [[SweepDraw]] {
        var rng = RandomStream(root: UInt64(max(0, experiment.seed)), trial: 0, name: "sweep")
        let entries = sweep.parameters.map { p in
            (p, experiment.document.value(at: "sweep.parameters")?[p.path]?.location ?? experiment.document.location)
        }
        return (0..<max(0, sweep.trials ?? 0)).map { _ in
            entries.map { parameter, origin in
                Self.draw(parameter, origin: origin, rng: &rng)
            }
        }
    }

    /// One random value of a parameter. Numbers are located at their distribution; a chosen
    /// item keeps its own location.
    package static func draw(_ parameter: SweepConfig.Parameter, origin: SourceLocation, rng: inout RandomStream) -> SweepDraw {
        func number(_ x: Double) -> SweepDraw {
            SweepDraw(path: parameter.path, value: ConfigNode(.scalar(.float(x), text: ConfigNode.canonicalNumber(x)),
                                                              location: origin), origin: origin)
        }
        func chosen(_ items: [ConfigNode]) -> SweepDraw {
            guard !items.isEmpty else { return number(.nan) }
            let item = items[rng.index(below: items.count)]
            return SweepDraw(path: parameter.path, value: item, origin: item.location)
        }
        switch parameter.values {
        case .list(let items):
            return chosen(items)
        case .distribution(.choice(let items)):
            return chosen(items)
        case .distribution(.uniform(let lo, let hi)):
            return number(rng.uniform(lo, hi))
        case .distribution(.logUniform(let lo, let hi)):
            // Uniform in log space; the bounds are positive (checked when the file loads).
            let x = Elementary.exp(rng.uniform(Elementary.log(lo), Elementary.log(hi)))
            return number(min(max(x, lo), hi))
        case .distribution(.intUniform(let lo, let hi)):
            // Inclusive bounds; a span too wide for Int falls back to the lower bound's range.
            let (span, overflow) = hi.subtractingReportingOverflow(lo)
            let width = overflow || span < 0 || span == Int.max ? 0 : span + 1
            let value = width > 0 ? lo + rng.index(below: width) : lo
            return SweepDraw(path: parameter.path, value: ConfigNode(.scalar(.int(value), text: String(value)), location: origin),
                             origin: origin)
        }
    }
}
