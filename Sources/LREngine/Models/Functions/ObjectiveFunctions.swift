/// The table from `model.name` to a test function.
public enum ObjectiveFunctions {
    /// The accepted names, in documentation order.
    public static let names = ["rosenbrock", "quadratic", "beale", "himmelblau", "rastrigin"]

    /// The function called `name`; `scales` is used by `quadratic` only (default: all 1).
    public static func make(
        name: String, dimension: Int, scales: [Double]? = nil
    ) throws(ModelError) -> any ObjectiveFunction {
        switch name {
        case "rosenbrock": return Rosenbrock()
        case "quadratic": return Quadratic(scales: scales ?? Array(repeating: 1, count: dimension))
        case "beale": return Beale()
        case "himmelblau": return Himmelblau()
        case "rastrigin": return Rastrigin()
        default: throw ModelError("unknown function '\(name)'")
        }
    }
}
