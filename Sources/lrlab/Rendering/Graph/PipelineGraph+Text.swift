import LRRun

extension PipelineGraph {
    /// Plain text: a heading per stage with its node count, then one line per node with its
    /// short key, label and the short keys of its inputs.
    ///
    /// ```
    /// data (1)
    ///   3f1c0a9e22b4  iris
    /// split (1)
    ///   91aa07c3d2e0  train 0.7, validation 0.15, test 0.15, standardized  <- 3f1c0a9e22b4
    /// ```
    func text() -> String {
        var out = ""
        for stage in PipelineStage.allCases {
            let members = nodes(stage)
            guard !members.isEmpty else { continue }
            out += "\(stage.rawValue) (\(members.count))\n"
            for node in members {
                var line = "  \(node.shortKey)  \(node.label)"
                if !node.inputs.isEmpty {
                    // Long fan-ins (summarise) are counted rather than listed.
                    line += node.inputs.count <= 3
                        ? "  <- " + node.inputs.map { String($0.prefix(12)) }.joined(separator: ", ")
                        : "  <- \(node.inputs.count) nodes"
                }
                out += line + "\n"
            }
        }
        return out
    }
}
