import LRConfig
import LRReport

/// Pairs the configurations of two versions of a bundle and tests each pair's change of the
/// objective over seeds; decides the diff's verdict on the best objective.
package enum ConfigurationPairing {
    /// Every configuration of either side, paired where it can be: old order first (paired or
    /// removed), then the new side's unpaired ones in its order. Tested pairs are
    /// Holm-corrected together.
    package static func changes(_ old: BundleMetrics, _ new: BundleMetrics, objective: String, maximize: Bool, options: DiffOptions)
        -> [ConfigurationChange]
    {
        let oldLabels = old.configurationLabels
        let newLabels = new.configurationLabels
        var partner: [String: String] = [:]  // old id → new id
        var taken: Set<String> = []
        let newIDs = Set(new.configurations.map(\.id))
        var matches: [String: ConfigurationChange.Match] = [:]
        for c in old.configurations where newIDs.contains(c.id) {
            partner[c.id] = c.id
            taken.insert(c.id)
            matches[c.id] = .same
        }
        // A label names the same thing on both sides only when it is unique on each side.
        for c in old.configurations where partner[c.id] == nil {
            guard let label = oldLabels[c.id] else { continue }
            let candidates = new.configurations.filter { !taken.contains($0.id) && newLabels[$0.id] == label }
            guard candidates.count == 1, let match = candidates.first else { continue }
            partner[c.id] = match.id
            taken.insert(match.id)
            matches[c.id] = .label
        }
        for c in old.configurations where partner[c.id] == nil {
            let oldLeaves = leaves(c.parameters)
            let near = new.configurations.filter { !taken.contains($0.id) && differences(oldLeaves, leaves($0.parameters)).count == 1 }
            guard near.count == 1, let match = near.first else { continue }
            // …and the old one is the only unpaired old configuration one value away from it.
            let back = old.configurations.filter { o in
                partner[o.id] == nil && differences(leaves(o.parameters), leaves(match.parameters)).count == 1
            }
            guard back.count == 1 else { continue }
            partner[c.id] = match.id
            taken.insert(match.id)
            matches[c.id] = .value
        }

        var changes: [ConfigurationChange] = []
        for c in old.configurations {
            let n = partner[c.id].flatMap { id in new.configurations.first { $0.id == id } }
            changes.append(change(
                old: c, new: n, match: matches[c.id] ?? .removed, label: n.flatMap { newLabels[$0.id] } ?? oldLabels[c.id] ?? c.id,
                oldMetrics: old, newMetrics: new, objective: objective, maximize: maximize, options: options))
        }
        for n in new.configurations where !taken.contains(n.id) {
            changes.append(change(
                old: nil, new: n, match: .added, label: newLabels[n.id] ?? n.id,
                oldMetrics: old, newMetrics: new, objective: objective, maximize: maximize, options: options))
        }
        // One test per paired configuration whose values changed (an unchanged one has nothing
        // to test): the verdicts are corrected for their number.
        for i in changes.indices where changes[i].outcome == .unchanged { changes[i].test = nil; changes[i].interval = nil }
        let tested = changes.indices.compactMap { i in changes[i].test.map { (index: i, p: $0.p) } }
        for (position, adjusted) in Holm.adjust(tested.map(\.p)).enumerated() {
            let i = tested[position].index
            changes[i].adjustedP = adjusted
            changes[i].outcome = outcome(changes[i].oldMean, changes[i].newMean, p: adjusted, maximize: maximize, options: options)
        }
        return changes
    }

    package static func change(
        old: BundleMetrics.Configuration?, new: BundleMetrics.Configuration?, match: ConfigurationChange.Match,
        label: String, oldMetrics: BundleMetrics, newMetrics: BundleMetrics, objective: String, maximize: Bool,
        options: DiffOptions
    ) -> ConfigurationChange {
        let a = old.map { bySeed(oldMetrics, $0.id, objective) } ?? []
        let b = new.map { bySeed(newMetrics, $0.id, objective) } ?? []
        let oldMean = a.isEmpty ? nil : SampleStatistics(name: objective, values: a.map(\.value)).mean
        let newMean = b.isEmpty ? nil : SampleStatistics(name: objective, values: b.map(\.value)).mean
        let paired = old != nil && new != nil
        let test = paired ? SeedTest(b, a) : nil
        var changes: [ConfigurationChange.ValueChange] = []
        if let old, let new, match != .same {
            changes = valueChanges(leaves(old.parameters), leaves(new.parameters))
        }
        return ConfigurationChange(
            oldID: old?.id, newID: new?.id, label: label, match: match, changes: changes, oldMean: oldMean,
            newMean: newMean, oldN: a.count, newN: b.count, test: test, adjustedP: nil,
            interval: test == nil ? nil : BootstrapInterval(b, a),
            outcome: paired ? outcome(oldMean, newMean, p: nil, maximize: maximize, options: options) : .untested)
    }

    /// The diff's verdict: the old best against the new best over their seeds.
    package static func verdict(_ old: BundleMetrics?, _ new: BundleMetrics?, objective: String, maximize: Bool, options: DiffOptions)
        -> DiffVerdict?
    {
        guard old?.best != nil || new?.best != nil else { return nil }
        func side(_ metrics: BundleMetrics?) -> (DiffVerdict.Side, [(seed: Int, value: Double)])? {
            guard let metrics, let best = metrics.best else { return nil }
            let values = bySeed(metrics, best.configuration, objective)
            let label = metrics.configurationLabels[best.configuration] ?? best.configuration
            return (DiffVerdict.Side(configuration: best.configuration, label: label, value: best.value, n: values.count), values)
        }
        let a = side(old)
        let b = side(new)
        var test: SeedTest?
        if let a, let b { test = SeedTest(b.1, a.1) }
        var result = outcome(a?.0.value, b?.0.value, p: test?.p, maximize: maximize, options: options)
        if a == nil || b == nil { result = .untested }
        return DiffVerdict(
            old: a?.0, new: b?.0, test: test, interval: test == nil ? nil : a.flatMap { a in b.flatMap { BootstrapInterval($0.1, a.1) } },
            outcome: result)
    }

    /// `unchanged` within tolerance; `untested` without a p; else improved/regressed when p <
    /// 0.05, `no_change` otherwise.
    package static func outcome(_ old: Double?, _ new: Double?, p: Double?, maximize: Bool, options: DiffOptions) -> ConfigurationChange.Outcome {
        if options.same(old, new) { return .unchanged }
        guard let p, let old, let new else { return .untested }
        guard p < SeedComparison.alpha else { return .noChange }
        return (maximize ? new > old : new < old) ? .improved : .regressed
    }

    /// The objective's finite final values of `configuration`'s finished trials, by seed.
    package static func bySeed(_ metrics: BundleMetrics, _ configuration: String, _ objective: String) -> [(seed: Int, value: Double)] {
        metrics.trials.filter { $0.configuration == configuration && BundleDiff.isGood($0.status) }
            .compactMap { trial in trial.final.first { $0.name == objective }.map { (trial.seed, $0.value) } }
            .filter { $0.value.isFinite }
    }

    /// A configuration's swept values as dotted leaves with their text: a mapping (a whole
    /// section, or a named case with its settings) gives one leaf per scalar or list in it.
    package static func leaves(_ parameters: [BundleMetrics.Parameter]) -> [(path: String, text: String)] {
        func walk(_ value: JSONValue, _ path: String) -> [(path: String, text: String)] {
            switch value {
            case .object(let members): members.flatMap { walk($0.1, "\(path).\($0.0)") }
            case .string(let s): [(path, s)]
            default: [(path, value.compact())]
            }
        }
        return parameters.flatMap { walk($0.value, $0.path) }
    }

    package static func differences(_ a: [(path: String, text: String)], _ b: [(path: String, text: String)]) -> [String] {
        var paths: [String] = []
        for leaf in a + b where !paths.contains(leaf.path) { paths.append(leaf.path) }
        return paths.filter { path in a.first { $0.path == path }?.text != b.first { $0.path == path }?.text }
    }

    /// The differing leaves, named as labels name them (`lr`, or the path when the last key is
    /// ambiguous); a case's leaves lose their `case.` prefix.
    package static func valueChanges(_ a: [(path: String, text: String)], _ b: [(path: String, text: String)]) -> [ConfigurationChange.ValueChange] {
        let paths = differences(a, b)
        let shown = paths.map { $0.hasPrefix(SweepCase.path + ".") ? String($0.dropFirst(SweepCase.path.count + 1)) : $0 }
        let names = ConfigurationLabels.displayNames(shown)
        return zip(paths, shown).map { path, short in
            ConfigurationChange.ValueChange(
                name: names[short] ?? short, old: a.first { $0.path == path }?.text, new: b.first { $0.path == path }?.text)
        }
    }
}
