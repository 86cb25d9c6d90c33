/// Short names for configurations and trials in legends and sentences.
struct ReportLabels {
    let summary: RunSummary
    /// Display name of each swept path: its last component when those are unique, else the
    /// full dotted path.
    let names: [String: String]

    init(_ summary: RunSummary) {
        self.summary = summary
        let paths = summary.configurations.first?.parameters.map(\.path) ?? []
        let lasts = paths.map { String($0.split(separator: ".").last ?? Substring($0)) }
        let unique = Set(lasts).count == lasts.count
        var names: [String: String] = [:]
        for (path, last) in zip(paths, lasts) { names[path] = unique ? last : path }
        self.names = names
    }

    /// E.g. `kind=adam, lr=0.001`; `default` when nothing is swept.
    func configuration(_ index: Int) -> String {
        let parameters = summary.configurations[index].parameters
        if parameters.isEmpty { return "default" }
        return parameters.map { "\(names[$0.path] ?? $0.path)=\($0.text)" }.joined(separator: ", ")
    }

    /// The configuration's label plus the seed, or just `seed N` when nothing is swept.
    func trial(_ spec: TrialSpec) -> String {
        guard let index = summary.configurations.firstIndex(where: { $0.id == spec.configurationID }),
            !summary.configurations[index].parameters.isEmpty
        else { return "seed \(spec.seed)" }
        return "\(configuration(index)), seed \(spec.seed)"
    }
}
