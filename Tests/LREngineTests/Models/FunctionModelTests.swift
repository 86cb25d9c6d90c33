import Testing
@testable import LREngine

@Suite("Function models")
struct FunctionModelTests {
    struct Case: CustomStringConvertible, Sendable {
        var function: any ObjectiveFunction
        var minimum: [Double]
        var points: [[Double]]
        var description: String { function.name }
    }

    static let cases: [Case] = [
        Case(function: Rosenbrock(), minimum: [1, 1], points: [[-1.2, 1], [0.3, -0.7], [2, 3]]),
        Case(function: Rosenbrock(), minimum: [1, 1, 1, 1], points: [[-1.2, 1, 0.5, -0.3]]),
        Case(function: Quadratic(scales: [1, 10, 0.1]), minimum: [0, 0, 0], points: [[1, -2, 3]]),
        Case(function: Beale(), minimum: [3, 0.5], points: [[1, 1], [-0.5, 2], [4, -1.5]]),
        Case(function: Himmelblau(), minimum: [3, 2], points: [[0, 0], [-1, 4], [2.5, -3]]),
        Case(function: Rastrigin(), minimum: [0, 0, 0], points: [[0.3, -1.7, 2.2], [4.9, 0.1, -0.4]]),
    ]

    static func value(_ function: any ObjectiveFunction, at x: [Double]) -> Double {
        var gradient = [Double](repeating: 0, count: x.count)
        return function.evaluate(x, gradient: &gradient)
    }

    /// Zero value and zero gradient at the known minimum.
    @Test(arguments: cases)
    func minimum(_ testCase: Case) {
        var gradient = [Double](repeating: 9, count: testCase.minimum.count)
        let value = testCase.function.evaluate(testCase.minimum, gradient: &gradient)
        #expect(abs(value) < 1e-12)
        #expect(gradient.allSatisfy { abs($0) < 1e-9 })
    }

    /// The hand-written gradient against central differences in Double.
    @Test(arguments: cases)
    func gradient(_ testCase: Case) {
        for point in testCase.points {
            var analytic = [Double](repeating: 0, count: point.count)
            _ = testCase.function.evaluate(point, gradient: &analytic)
            let numeric = GradientCheck.numericalGradient({ Self.value(testCase.function, at: $0) }, at: point)
            let bad = GradientCheck.mismatches(analytic: analytic, numeric: numeric, absolute: 1e-6, relative: 1e-6)
            #expect(bad.isEmpty, "at \(point): \(analytic) vs \(numeric)")
        }
    }

    /// Values from the formulas, by hand.
    @Test func knownValues() {
        #expect(Self.value(Rosenbrock(), at: [0, 0]) == 1)
        #expect(Self.value(Rosenbrock(), at: [0, 0, 0]) == 2)
        #expect(Self.value(Rosenbrock(), at: [-1, 1]) == 4)
        #expect(Self.value(Quadratic(scales: [1, 10]), at: [1, 1]) == 5.5)
        #expect(Self.value(Beale(), at: [0, 0]) == 14.203125)
        #expect(Self.value(Himmelblau(), at: [0, 0]) == 170)
        #expect(abs(Self.value(Rastrigin(), at: [0.5]) - 20.25) < 1e-12)
    }

    /// The model exposes `x` as its only parameter, ignores data, and returns f and ∇f at
    /// the Float parameters.
    @Test func modelWiring() throws {
        var model = try FunctionModel(function: Rosenbrock(), start: [-1.2, 1])
        #expect(model.parameters.tensors.map(\.name) == ["x"])
        #expect(model.parameters.tensors.map(\.shape) == [[2]])
        #expect(model.parameters.values == [-1.2, 1])
        let loss = model.lossAndGradient(inputs: Matrix(rows: 0, columns: 0), targets: .classes([]))
        let x = [Double(Float(-1.2)), 1.0]
        var expected = [0.0, 0.0]
        #expect(loss == Rosenbrock().evaluate(x, gradient: &expected))
        #expect(model.parameters.gradients == expected.map { Float($0) })
        #expect(model.predict(Matrix(rows: 3, columns: 2)).storage == [Float(loss)])
    }

    /// Gradient descent on the quadratic converges to the origin.
    @Test func gradientDescentConverges() throws {
        var model = try FunctionModel(function: Quadratic(scales: [1, 4]), start: [3, -2])
        for _ in 0..<200 {
            _ = model.lossAndGradient(inputs: Matrix(rows: 0, columns: 0), targets: .classes([]))
            for i in 0..<2 { model.parameters.values[i] -= 0.2 * model.parameters.gradients[i] }
        }
        #expect(model.value() < 1e-10)
    }

    @Test func invalidSettingsThrow() {
        #expect(throws: ModelError.self) { try FunctionModel(function: Beale(), start: [1, 2, 3]) }
        #expect(throws: ModelError.self) { try FunctionModel(function: Himmelblau(), start: [1]) }
        #expect(throws: ModelError.self) { try FunctionModel(function: Rosenbrock(), start: [1]) }
        #expect(throws: ModelError.self) { try FunctionModel(function: Rastrigin(), start: []) }
        #expect(throws: ModelError.self) { try FunctionModel(function: Quadratic(scales: [1]), start: [1, 2]) }
        #expect(throws: ModelError.self) { try FunctionModel(function: Rosenbrock(), start: [1, .nan]) }
        #expect(throws: ModelError.self) { try FunctionModel(function: Rosenbrock(), start: [1, 1e300]) }
        #expect(throws: ModelError.self) { try ObjectiveFunctions.make(name: "sphere", dimension: 2) }
    }

    @Test(arguments: ObjectiveFunctions.names)
    func registryNames(name: String) throws {
        let function = try ObjectiveFunctions.make(name: name, dimension: 2)
        #expect(function.name == name)
    }
}
