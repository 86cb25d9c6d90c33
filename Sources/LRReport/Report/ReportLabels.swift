import LRConfig

/// Short names for configurations and trials in legends and sentences.
package struct ReportLabels {
    package let summary: RunSummary
    /// Display name of each swept path: its last component when those are unique, else the
    /// full dotted path.
    package let names: [String: String]
    /// Each configuration's short label (``ConfigurationLabels``).
    package let labels: [String]

    package init(_ summary: RunSummary) {
        self.summary = summary
        let paths = summary.configurations.first?.parameters.map(\.path) ?? []
        let lasts = paths.map { String($0.split(separator: ".").last ?? Substring($0)) }
        let unique = Set(lasts).count == lasts.count
        var names: [String: String] = [:]
        for (path, last) in zip(paths, lasts) { names[path] = unique ? last : path }
        self.names = names
        labels = ConfigurationLabels.make(summary.configurations.map(\.parameters))
    }

    /// E.g. `adam lr=0.001`: what differs between configurations; `default` when nothing is swept.
    package func configuration(_ index: Int) -> String {
        summary.configurations[index].parameters.isEmpty ? "default" : labels[index]
    }

    /// The whole assignment, e.g. `optimizer.kind=adam, optimizer.lr=0.001`.
    package func full(_ index: Int) -> String { ConfigurationLabels.full(summary.configurations[index].parameters) }

    /// The configuration's label plus the seed, or just `seed N` when nothing is swept.
    package func trial(_ spec: TrialSpec) -> String {
        guard let index = summary.configurations.firstIndex(where: { $0.id == spec.configurationID }),
            !summary.configurations[index].parameters.isEmpty
        else { return "seed \(spec.seed)" }
        return "\(configuration(index)), seed \(spec.seed)"
    }
}
