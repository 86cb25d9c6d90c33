import Foundation
import LRConfig
import LREngine

/// A sweep's parameters as a space a search moves in: a point holds, per parameter in the
/// order written, an index into a list (or `choice`), a real number (`uniform`,
/// `log_uniform`) or an integer (`int_uniform`).
package struct SearchSpace: Sendable {
    package enum Coordinate: Sendable, Equatable {
        case index(Int)
        case real(Double)
        case integer(Int)
    }

    package var parameters: [SweepConfig.Parameter]
    /// Where each parameter is written (`sweep.parameters.<path>`), to locate drawn numbers.
    package var origins: [SourceLocation]

    package init(_ sweep: SweepConfig, _ experiment: Experiment) {
        parameters = sweep.parameters
        origins = sweep.parameters.map {
            experiment.document.value(at: "sweep.parameters")?[$0.path]?.location ?? experiment.document.location
        }
    }

    /// The items of a list or `choice` parameter, nil for the others.
    package static func items(_ parameter: SweepConfig.Parameter) -> [ConfigNode]? {
        switch parameter.values {
        case .list(let items), .distribution(.choice(let items)): items
        default: nil
        }
    }

    /// A point drawn as `random` draws it: each parameter in order from `rng`.
    package func random(_ rng: inout RandomStream) -> [Coordinate] {
        parameters.map { parameter in
            if let items = Self.items(parameter) { return .index(items.isEmpty ? 0 : rng.index(below: items.count)) }
            switch parameter.values {
            case .distribution(.uniform(let lo, let hi)): return .real(rng.uniform(lo, hi))
            case .distribution(.logUniform(let lo, let hi)): return .real(min(max(Elementary.exp(rng.uniform(Elementary.log(lo), Elementary.log(hi))), lo), hi))
            case .distribution(.intUniform(let lo, let hi)):
                let (span, overflow) = hi.subtractingReportingOverflow(lo)
                return .integer(overflow || span < 0 || span == Int.max ? lo : lo + rng.index(below: span + 1))
            default: return .index(0)
            }
        }
    }

    /// A neighbour of `point`: one parameter, chosen uniformly, moves. A list moves to an
    /// adjacent item (clamped at the ends) with probability ½, else to a uniformly random
    /// item; a number moves by a normal step of `scale` times its range — in log space for
    /// `log_uniform` — clamped to the bounds (an integer by at least 1).
    package func neighbour(of point: [Coordinate], scale: Double, _ rng: inout RandomStream) -> [Coordinate] {
        guard !parameters.isEmpty else { return point }
        var next = point
        let k = rng.index(below: parameters.count)
        let parameter = parameters[k]
        if let items = Self.items(parameter) {
            guard case .index(let i) = point[k], items.count > 1 else { return next }
            if rng.uniform() < 0.5 {
                let step = rng.uniform() < 0.5 ? -1 : 1
                next[k] = .index(i + step < 0 || i + step >= items.count ? i - step : i + step)
            } else {
                next[k] = .index(rng.index(below: items.count))
            }
            return next
        }
        switch (parameter.values, point[k]) {
        case (.distribution(.uniform(let lo, let hi)), .real(let x)):
            next[k] = .real(min(max(x + rng.normal() * scale * (hi - lo), lo), hi))
        case (.distribution(.logUniform(let lo, let hi)), .real(let x)):
            let moved = Elementary.log(x) + rng.normal() * scale * (Elementary.log(hi) - Elementary.log(lo))
            next[k] = .real(min(max(Elementary.exp(moved), lo), hi))
        case (.distribution(.intUniform(let lo, let hi)), .integer(let n)):
            let raw = rng.normal() * scale * Double(hi - lo)
            let step = raw.isFinite ? Int(max(-1e9, min(1e9, raw.rounded()))) : 0
            let moved = step == 0 ? (rng.uniform() < 0.5 ? n - 1 : n + 1) : n + step
            next[k] = .integer(min(max(moved, lo), hi))
        default:
            break
        }
        return next
    }

    /// The point as sweep draws, numbers located at their parameter's entry.
    package func draws(_ point: [Coordinate]) -> [SweepDraw] {
        zip(parameters, zip(point, origins)).map { parameter, pair in
            let (coordinate, origin) = pair
            switch coordinate {
            case .index(let i):
                let items = Self.items(parameter) ?? []
                guard items.indices.contains(i) else { return SweepDraw.number(parameter.path, .nan, at: origin) }
                return SweepDraw(path: parameter.path, value: items[i], origin: items[i].location)
            case .real(let x):
                return SweepDraw.number(parameter.path, x, at: origin)
            case .integer(let n):
                return SweepDraw.integer(parameter.path, n, at: origin)
            }
        }
    }
}

extension SweepDraw {
    /// A drawn real number for `path`, located at `origin`.
    package static func number(_ path: String, _ x: Double, at origin: SourceLocation) -> SweepDraw {
        SweepDraw(path: path, value: ConfigNode(.scalar(.float(x), text: ConfigNode.canonicalNumber(x)), location: origin),
                  origin: origin)
    }

    /// A drawn integer for `path`, located at `origin`.
    package static func integer(_ path: String, _ n: Int, at origin: SourceLocation) -> SweepDraw {
        SweepDraw(path: path, value: ConfigNode(.scalar(.int(n), text: String(n)), location: origin), origin: origin)
    }
}
