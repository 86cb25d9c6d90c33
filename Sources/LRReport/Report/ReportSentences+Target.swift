/// What an `epochs_to` objective means, and how many seeds of each configuration reached it.
extension ReportSentences {
    /// E.g. "The objective is the first epoch at which `val_accuracy` ≥ 0.95 (fewer is
    /// better). … Seeds that reached it: `lr=0.1` 5 of 5, `lr=0.01` 2 of 5."; nil without a
    /// target.
    package static func target(_ summary: RunSummary, _ labels: ReportLabels) -> String? {
        guard let target = summary.objective.target else { return nil }
        let counts = summary.configurations.indices.map { index in
            let configuration = summary.configurations[index]
            return "\(code(labels.configuration(index))) \(configuration.objective.n) of \(configuration.seeds.count)"
        }
        return "The objective is the first epoch at which \(target.condition) (fewer is better), "
            + "recorded per trial as `\(target.recordedName)`. A trial that never reaches it has no value; "
            + "configurations are ranked first by how many seeds reached it, then by the mean epoch over those. "
            + "Seeds that reached it: \(counts.joined(separator: ", "))."
    }
}
