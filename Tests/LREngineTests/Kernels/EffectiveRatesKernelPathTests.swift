import CKernels
import Testing
@testable import LREngine

/// The effective-rate kernel (`lrk_effective_rates`) gives, on every path this CPU runs, exactly
/// the bits of the `effectiveRates(into:)` loops of Adagrad, RMSprop, Adamax, NAdam and Adadelta
/// (written out here as the reference): per rule over many lengths with NaN, ±∞, subnormals,
/// ±0 and ±max among the inputs, and per optimizer on its own state after a few steps.
@Suite("Effective-rate kernel paths")
struct EffectiveRatesKernelPathTests {
    typealias Inputs = ElementwiseKernelPathTests

    struct RuleCase: CustomStringConvertible, Sendable {
        var rule: UInt32
        var name: String
        var description: String { name }
    }

    static let rules = [
        RuleCase(rule: LRK_RATES_ROOT.rawValue, name: "root"),
        RuleCase(rule: LRK_RATES_CENTERED_ROOT.rawValue, name: "centred root"),
        RuleCase(rule: LRK_RATES_CORRECTED_ROOT.rawValue, name: "corrected root"),
        RuleCase(rule: LRK_RATES_QUOTIENT.rawValue, name: "quotient"),
        RuleCase(rule: LRK_RATES_PRODUCT.rawValue, name: "product"),
    ]

    /// The element rule of each optimizer's Swift loop.
    static func reference(_ rule: UInt32, _ s: Float, _ average: Float, eta: Float, correction: Float, eps: Float) -> Float {
        switch rule {
        case LRK_RATES_ROOT.rawValue: eta / (s.squareRoot() + eps)
        case LRK_RATES_CENTERED_ROOT.rawValue: eta / ((s - average * average).squareRoot() + eps)
        case LRK_RATES_CORRECTED_ROOT.rawValue: eta / ((s / correction).squareRoot() + eps)
        case LRK_RATES_QUOTIENT.rawValue: eta / s
        default: eta * s
        }
    }

    @Test(arguments: rules)
    func ruleMatchesTheSwiftLoop(_ c: RuleCase) {
        let settings: [(eta: Float, correction: Float, eps: Float)] = [
            (0.003, 0.0019, 1e-8), (1, 1, 1e-10), (0, 0.5, 0), (.greatestFiniteMagnitude, 1e-30, 1e-6),
            (.leastNonzeroMagnitude, 3, .leastNormalMagnitude), (-0.0, 1, 1e-8),
        ]
        for count in Inputs.lengths {
            for (index, setting) in settings.enumerated() {
                // Moments (non-negative) and signed values alike: the kernel must agree on both.
                let state = index % 2 == 0
                    ? Inputs.moments(count, seed: UInt64(count) + 81) : Inputs.values(count, seed: UInt64(count) + 82)
                let average = Inputs.values(count, seed: UInt64(count) + 83)
                let expected = (0..<count).map {
                    Self.reference(
                        c.rule, state[$0], average[$0], eta: setting.eta, correction: setting.correction, eps: setting.eps)
                }
                for path in KernelPath.available {
                    var rates = [Float](repeating: .nan, count: count)
                    rates.withUnsafeMutableBufferPointer {
                        lrk_effective_rates(
                            path.code, Int32(c.rule), state, c.rule == LRK_RATES_CENTERED_ROOT.rawValue ? average : nil,
                            count, setting.eta, setting.correction, setting.eps, $0.baseAddress)
                    }
                    Inputs.expectSame(expected, rates, "\(c) η \(setting.eta) \(count)", path)
                }
            }
        }
    }

    // MARK: - Each optimizer on its own state

    /// A stored property of `optimizer`, read by reflection (the buffers are private).
    static func stored<T>(_ name: String, of optimizer: Any) throws -> T {
        try #require(Mirror(reflecting: optimizer).descendant(name) as? T, "\(name)")
    }

    static let count = 1031
    /// Three groups with their own rate scales (one zero), ranges not in index order.
    static let groups = [
        ParameterGroup(ranges: [0..<300, 900..<1031], lrScale: 2), ParameterGroup(ranges: [300..<700]),
        ParameterGroup(ranges: [700..<900], lrScale: 0),
    ]

    /// Three steps with gradients in about [−2, 2] (some zero), then the rates on every path.
    static func ratesOnEveryPath<O: Optimizer>(_ optimizer: inout O) -> [KernelPath: [Float]] {
        var parameters = Inputs.values(count, seed: 91, specials: false)
        for step in 0..<3 {
            var gradients = Inputs.values(count, seed: 92 + UInt64(step), specials: false)
            for i in stride(from: step, to: count, by: 17) { gradients[i] = 0 }
            optimizer.step(parameters: &parameters, gradients: gradients, lr: 0.0125, momentum: nil, groups: groups)
        }
        var result: [KernelPath: [Float]] = [:]
        for path in KernelPath.available {
            var rates: [Float] = []
            let reported = KernelPath.$forced.withValue(path) { optimizer.effectiveRates(into: &rates) }
            #expect(reported)
            result[path] = rates
        }
        return result
    }

    /// `(range, rate)` of the optimizer's last step, as the Swift loops walked them.
    static func segments(_ core: OptimizerCore) -> [(range: Range<Int>, rate: Double)] {
        var scratch: [Float] = []
        return core.lastSegmentRates(resizing: &scratch, count: count)
    }

    /// The reference rates: `rate(i, η)` over each segment of the last step, with the
    /// segment's `η = eta(rate)` (the Swift loops' walk).
    static func expected(
        _ core: OptimizerCore, eta: (Double) -> Float = { Float($0) }, _ rate: (Int, Float) -> Float
    ) -> [Float] {
        var expected = [Float](repeating: 0, count: count)
        for (range, segmentRate) in segments(core) {
            let eta = eta(segmentRate)
            for i in range { expected[i] = rate(i, eta) }
        }
        return expected
    }

    static func expectSame(_ expected: [Float], _ rates: [KernelPath: [Float]], _ what: String) {
        for (path, actual) in rates.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
            Inputs.expectSame(expected, actual, what, path)
        }
    }

    @Test(arguments: [0.0, 0.1])
    func adagrad(lrDecay: Double) throws {
        var optimizer = Adagrad(options: .torch(lrDecay: lrDecay, initialAccumulatorValue: 0.01))
        let rates = Self.ratesOnEveryPath(&optimizer)
        let sum: [Float] = try Self.stored("sum", of: optimizer)
        // Reference: the loop `Adagrad.effectiveRates` had.
        let eps = Float(optimizer.options.eps)
        let expected = Self.expected(optimizer.core, eta: { optimizer.segment(rate: $0, eps) }) { i, decayed in
            decayed / (sum[i].squareRoot() + eps)
        }
        Self.expectSame(expected, rates, "adagrad lr_decay \(lrDecay)")
    }

    @Test(arguments: [false, true])
    func rmsprop(centered: Bool) throws {
        var optimizer = RMSprop(options: .torch(momentum: 0.9, centered: centered))
        let rates = Self.ratesOnEveryPath(&optimizer)
        let squareAverage: [Float] = try Self.stored("squareAverage", of: optimizer)
        let gradientAverage: [Float] = try Self.stored("gradientAverage", of: optimizer)
        // Reference: the loop `RMSprop.effectiveRates` had.
        let eps = Float(optimizer.options.eps)
        let expected = Self.expected(optimizer.core) { i, eta in
            let v = squareAverage[i]
            let root = centered ? (v - gradientAverage[i] * gradientAverage[i]).squareRoot() : v.squareRoot()
            return eta / (root + eps)
        }
        Self.expectSame(expected, rates, "rmsprop centered \(centered)")
    }

    @Test func adamax() throws {
        var optimizer = Adamax(options: .torch())
        let rates = Self.ratesOnEveryPath(&optimizer)
        let infinityNorm: [Float] = try Self.stored("infinityNorm", of: optimizer)
        // Reference: the loop `Adamax.effectiveRates` had.
        let expected = Self.expected(optimizer.core) { i, eta in eta / infinityNorm[i] }
        Self.expectSame(expected, rates, "adamax")
    }

    @Test func nadam() throws {
        var optimizer = NAdam(options: .torch())
        let rates = Self.ratesOnEveryPath(&optimizer)
        let second: [Float] = try Self.stored("second", of: optimizer)
        let stepCount: Int = try Self.stored("stepCount", of: optimizer)
        // Reference: the loop `NAdam.effectiveRates` had.
        let correction = Float(1 - _pow(optimizer.options.beta2, Double(stepCount)))
        let eps = Float(optimizer.options.eps)
        let expected = Self.expected(optimizer.core) { i, eta in eta / ((second[i] / correction).squareRoot() + eps) }
        Self.expectSame(expected, rates, "nadam")
    }

    @Test func adadelta() throws {
        var optimizer = Adadelta(options: .torch())
        let rates = Self.ratesOnEveryPath(&optimizer)
        let lastRatio: [Float] = try Self.stored("lastRatio", of: optimizer)
        // Reference: the loop `Adadelta.effectiveRates` had.
        let expected = Self.expected(optimizer.core) { i, eta in eta * lastRatio[i] }
        Self.expectSame(expected, rates, "adadelta")
    }
}
