/// `kind: function`: an optimisation test problem as a model with no data.
///
/// Its one parameter tensor `x` (shape `[n]`) starts at `start`; the trainer updates it like
/// any weights. `lossAndGradient` ignores its inputs and targets and returns f(x), leaving
/// ∇f(x) in `parameters.gradients`; f and ∇f are computed in Double at the Float parameters.
/// `predict` returns f(x) as a 1 × 1 matrix, whatever its input.
public struct FunctionModel: Model {
    public var parameters: ParameterSet
    public let function: any ObjectiveFunction
    private var point: [Double]
    private var gradient: [Double]

    public init(function: any ObjectiveFunction, start: [Double]) throws(ModelError) {
        try function.validate(dimension: start.count)
        guard start.allSatisfy({ $0.isFinite && abs($0) <= Double(Float.greatestFiniteMagnitude) })
        else {
            throw ModelError("'start' must hold finite numbers")
        }
        self.function = function
        var parameters = ParameterSet()
        parameters.append(name: Self.parameterName, shape: [start.count])
        for i in start.indices { parameters.values[i] = Float(start[i]) }
        self.parameters = parameters
        point = Array(repeating: 0, count: start.count)
        gradient = Array(repeating: 0, count: start.count)
    }

    /// The objective at the current parameters, in Double.
    public mutating func value() -> Double {
        for i in point.indices { point[i] = Double(parameters.values[i]) }
        return function.evaluate(point, gradient: &gradient)
    }

    /// The name of the one tensor, the coordinates.
    public static let parameterName = "x"

    /// f(x) and ∇f(x); `inputs` and `targets` are ignored (a function model has no data).
    public mutating func lossAndGradient(inputs: Matrix, targets: Targets) -> Double {
        let f = value()
        for i in gradient.indices { parameters.gradients[i] = Float(gradient[i]) }
        return f
    }

    /// f(x) as a 1 × 1 matrix; `inputs` is ignored.
    public mutating func predict(_ inputs: Matrix) -> Matrix {
        Matrix(rows: 1, columns: 1, storage: [Float(value())])
    }
}
