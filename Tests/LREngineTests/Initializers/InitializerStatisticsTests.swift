import Testing
@testable import LREngine

@Suite("Initialiser statistics")
struct InitializerStatisticsTests {
    /// An initialiser with the mean and variance PyTorch's formula gives for a weight of
    /// `fanOut × fanIn`, and whether it draws uniform (kurtosis 9/5) or normal (3) values.
    struct Case: CustomStringConvertible, Sendable {
        var name: String
        var initializer: any Initializer
        var fanOut: Int
        var fanIn: Int
        var mean: Double
        var variance: Double
        var uniform: Bool
        var description: String { "\(name) \(fanOut)x\(fanIn)" }
    }

    static let cases: [Case] = [
        Case(name: "uniform", initializer: Uniform(low: -0.3, high: 0.7), fanOut: 512, fanIn: 512, mean: 0.2, variance: 1.0 / 12, uniform: true),
        Case(name: "normal", initializer: Normal(mean: 0.5, std: 2), fanOut: 512, fanIn: 512, mean: 0.5, variance: 4, uniform: false),
        // Non-square shapes: a mix-up of fanIn (columns) and fanOut (rows) would show.
        Case(name: "xavier_uniform", initializer: XavierUniform(gain: 1), fanOut: 256, fanIn: 1024, mean: 0, variance: 2.0 / 1280, uniform: true),
        Case(name: "xavier_normal", initializer: XavierNormal(gain: 2), fanOut: 256, fanIn: 1024, mean: 0, variance: 4 * 2.0 / 1280, uniform: false),
        Case(name: "he_uniform", initializer: HeUniform(gain: 2.0.squareRoot()), fanOut: 256, fanIn: 1024, mean: 0, variance: 2.0 / 1024, uniform: true),
        Case(name: "he_normal", initializer: HeNormal(gain: 2.0.squareRoot()), fanOut: 1024, fanIn: 256, mean: 0, variance: 2.0 / 256, uniform: false),
        Case(name: "he_normal tanh gain", initializer: HeNormal(gain: Activation.tanh.gain), fanOut: 512, fanIn: 512, mean: 0, variance: 25.0 / 9 / 512, uniform: false),
        Case(name: "lecun_uniform", initializer: LecunUniform(gain: 1), fanOut: 1024, fanIn: 256, mean: 0, variance: 1.0 / 256, uniform: true),
        Case(name: "lecun_normal", initializer: LecunNormal(gain: 1), fanOut: 256, fanIn: 1024, mean: 0, variance: 1.0 / 1024, uniform: false),
    ]

    /// Sample mean and variance lie within five standard errors of the formula's values
    /// (false alarms have probability below 1e-6; the streams are seeded, so the outcome is fixed).
    @Test(arguments: cases)
    func meanAndVariance(_ testCase: Case) {
        var stream = RandomStream(root: 2024, name: "init")
        let values = testCase.initializer.weights(fanOut: testCase.fanOut, fanIn: testCase.fanIn, using: &stream)
        let n = Double(values.count)
        #expect(values.count == testCase.fanOut * testCase.fanIn)
        let mean = values.reduce(0.0) { $0 + Double($1) } / n
        let variance = values.reduce(0.0) { $0 + (Double($1) - mean) * (Double($1) - mean) } / n
        let meanError = (testCase.variance / n).squareRoot()
        let kurtosis = testCase.uniform ? 1.8 : 3.0
        let varianceError = testCase.variance * ((kurtosis - 1) / n).squareRoot()
        #expect(abs(mean - testCase.mean) <= 5 * meanError, "mean \(mean)")
        #expect(abs(variance - testCase.variance) <= 5 * varianceError, "variance \(variance)")
        if testCase.uniform {
            // Uniform draws stay inside the bounds mean ± √(3·variance).
            let bound = (3 * testCase.variance).squareRoot()
            #expect(values.allSatisfy { abs(Double($0) - testCase.mean) <= bound * (1 + 1e-6) })
        }
    }

    @Test func constantAndZeros() {
        var stream = RandomStream(seed: 1)
        #expect(Zeros().weights(fanOut: 3, fanIn: 4, using: &stream) == Array(repeating: 0, count: 12))
        #expect(Constant(value: 0.25).weights(fanOut: 2, fanIn: 2, using: &stream) == [0.25, 0.25, 0.25, 0.25])
    }

    /// `nn.init.calculate_gain`'s table.
    @Test func gains() {
        #expect(Gain.calculate("relu") == 2.0.squareRoot())
        #expect(Gain.calculate("tanh") == 5.0 / 3.0)
        #expect(Gain.calculate("sigmoid") == 1)
        #expect(Gain.calculate("linear") == 1)
        #expect(Gain.calculate("selu") == 0.75)
        #expect(Gain.calculate("leaky_relu") == (2 / (1 + 0.0001)).squareRoot())
        #expect(Gain.calculate("swish") == nil)
        #expect(Activation.leakyRelu.gain == Gain.calculate("leaky_relu"))
        #expect(Activation.relu.gain == Gain.calculate("relu"))
        #expect(Activation.tanh.gain == Gain.calculate("tanh"))
        #expect(Activation.sigmoid.gain == 1)
        #expect(Activation.identity.gain == 1)
    }

    @Test(arguments: Initializers.names.filter { $0 != "entropy_gain" })
    func registry(kind: String) throws {
        var stream = RandomStream(seed: 3)
        let initializer = try Initializers.make(kind: kind)
        #expect(initializer.weights(fanOut: 4, fanIn: 6, using: &stream).count == 24)
    }

    @Test func registryRejects() {
        #expect(throws: InitializerError.self) { try Initializers.make(kind: "glorot") }
        #expect(throws: InitializerError.self) { try Initializers.make(kind: "entropy_gain") }
    }
}
