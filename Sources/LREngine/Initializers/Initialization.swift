/// What to initialise a model's dense layers with: a weight rule and a bias rule.
public struct InitializationSpec: Sendable {
    public var weights: any Initializer
    public var bias: BiasInitializer

    public init(weights: any Initializer, bias: BiasInitializer) {
        self.weights = weights
        self.bias = bias
    }
}

/// Initialises every `layer<i>.weight` (shape `[out, in]`) and `layer<i>.bias` of
/// `parameters` in tensor order, drawing from `stream` in that order (weight 0, bias 0,
/// weight 1, …). Tensors with other names — a function model's `x` — keep their values.
public func initialize(
    _ parameters: inout ParameterSet, with spec: InitializationSpec,
    stream: inout RandomStream
) throws(InitializerError) {
    for tensor in parameters.tensors {
        guard let (layer, part) = denseLayerName(tensor.name) else { continue }
        let values: [Float]
        if part == "weight" {
            guard tensor.shape.count == 2 else {
                throw InitializerError("'\(tensor.name)' is not a matrix")
            }
            values = try spec.weights.weights(
                layer: layer, fanOut: tensor.shape[0], fanIn: tensor.shape[1], using: &stream)
        } else {
            let weight = parameters.tensor(named: "layer\(layer).weight")
            let fanIn = weight.map { $0.shape.count == 2 ? $0.shape[1] : 0 } ?? 0
            values = spec.bias.values(fanOut: tensor.range.count, fanIn: fanIn, using: &stream)
        }
        guard values.count == tensor.range.count else {
            throw InitializerError("'\(tensor.name)' received \(values.count) values")
        }
        for (offset, value) in values.enumerated() {
            parameters.values[tensor.range.lowerBound + offset] = value
        }
    }
}

/// `("layer3.weight")` → `(3, "weight")`; nil for any other name.
func denseLayerName(_ name: String) -> (Int, String)? {
    guard name.hasPrefix("layer"), let dot = name.firstIndex(of: ".") else { return nil }
    let number = name[name.index(name.startIndex, offsetBy: 5)..<dot]
    let part = String(name[name.index(after: dot)...])
    guard let layer = Int(number), layer >= 0, part == "weight" || part == "bias" else {
        return nil
    }
    return (layer, part)
}
