import LREngine

/// `optimizer.param_groups` → the engine's `[ParameterGroup]`.
package enum ParameterGroups {
    /// Each tensor of `parameters` joins the first group whose `match` glob matches its name
    /// (`layer0.weight`, `layer1.bias`, a function model's `x`); tensors no group matches form
    /// a last group with scale 1 and the optimizer's own weight decay. Groups come out in
    /// configuration order, so the optimizer's arithmetic is in a fixed order.
    ///
    /// - Throws: `TrialError` when a group's glob matches no parameter of this model (most
    ///   likely a typo), naming the parameters there are.
    package static func make(
        _ configured: [OptimizerConfig.ParamGroup], parameters: ParameterSet, experiment: Experiment? = nil
    ) throws(TrialError) -> [ParameterGroup] {
        guard !configured.isEmpty else { return ParameterGroup.all(parameters) }
        let globs = configured.map { Glob($0.match) }
        var ranges = [[Range<Int>]](repeating: [], count: configured.count)
        var rest: [Range<Int>] = []
        for tensor in parameters.tensors where !tensor.range.isEmpty {
            if let index = globs.firstIndex(where: { $0.matches(tensor.name) }) {
                ranges[index].append(tensor.range)
            } else {
                rest.append(tensor.range)
            }
        }
        var groups: [ParameterGroup] = []
        for (index, group) in configured.enumerated() {
            guard !ranges[index].isEmpty else {
                let names = parameters.tensors.map { "'\($0.name)'" }.joined(separator: ", ")
                throw TrialError(
                    "'optimizer.param_groups[\(index)].match' \"\(group.match)\" matches no parameter (the model has \(names))",
                    at: experiment?.document["optimizer"]?["param_groups"]?.location)
            }
            groups.append(ParameterGroup(ranges: ranges[index], lrScale: group.lrScale, weightDecay: group.weightDecay))
        }
        if !rest.isEmpty { groups.append(ParameterGroup(ranges: rest)) }
        return groups
    }
}
