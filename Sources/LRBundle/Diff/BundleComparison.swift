import LRYAML

/// Computes a `BundleDiff` from two bundles read by `BundleReader`.
package enum BundleComparison {
    /// Compares `old` with `new` (either may be nil: added or removed).
    package static func compare(
        path: String, old: (source: String, bundle: ResultBundle)?, new: (source: String, bundle: ResultBundle)?,
        options: DiffOptions
    ) throws(BundleError) -> BundleDiff {
        let metrics = new?.bundle.metrics ?? old?.bundle.metrics
        let objective = metrics?.objective.metric ?? ""
        let maximize = metrics?.objective.maximize ?? false
        let config = try configChanges(old?.bundle, new?.bundle)
        var trials: [BundleDiff.TrialChange] = []
        let oldTrials = old?.bundle.metrics.trials ?? []
        let newTrials = new?.bundle.metrics.trials ?? []
        // Old trial order first, then trials only the new side has, in its order.
        for trial in oldTrials {
            let match = newTrials.first { $0.id == trial.id }
            trials.append(try compareTrial(trial, match, old?.bundle, new?.bundle, options))
        }
        for trial in newTrials where !oldTrials.contains(where: { $0.id == trial.id }) {
            trials.append(try compareTrial(nil, trial, old?.bundle, new?.bundle, options))
        }
        let objectiveRegressed = trials.contains { trial in
            trial.metrics.contains { m in
                guard m.name == objective, m.changed, let o = m.old, let n = m.new else { return false }
                return maximize ? n < o || n.isNaN : n > o || n.isNaN
            }
        }
        var diff = BundleDiff(
            path: path, oldSource: old?.source, newSource: new?.source, objective: objective, maximize: maximize,
            config: config, trials: trials, configurations: [],
            verdict: ConfigurationPairing.verdict(
                old?.bundle.metrics, new?.bundle.metrics, objective: objective, maximize: maximize, options: options),
            objectiveRegressed: objectiveRegressed)
        if let a = old?.bundle.metrics, let b = new?.bundle.metrics {
            diff.configurations = ConfigurationPairing.changes(a, b, objective: objective, maximize: maximize, options: options)
        }
        if let old, let new {
            diff.differingFiles = differingFiles(old.bundle.manifest, new.bundle.manifest)
            diff.dataChanges = dataChanges(old.bundle.manifest.data, new.bundle.manifest.data)
        }
        return diff
    }

    /// Data sets (by name, in order; a repeated name by its position among those of that
    /// name) whose digest differs or that one side lacks. Bundles written before digests were
    /// recorded have none, and say nothing here.
    package static func dataChanges(_ old: [BundleManifest.DataDigest], _ new: [BundleManifest.DataDigest]) -> [BundleDiff.ValueChange] {
        guard !old.isEmpty, !new.isEmpty else { return [] }
        func keyed(_ list: [BundleManifest.DataDigest]) -> [(String, String)] {
            var seen: [String: Int] = [:]
            return list.map { digest in
                let count = seen[digest.name, default: 0]
                seen[digest.name] = count + 1
                return (count == 0 ? digest.name : "\(digest.name) #\(count + 1)", digest.sha256)
            }
        }
        let a = keyed(old), b = keyed(new)
        var names: [String] = []
        for (name, _) in a + b where !names.contains(name) { names.append(name) }
        return names.compactMap { name in
            let before = a.first { $0.0 == name }?.1, after = b.first { $0.0 == name }?.1
            return before == after ? nil : BundleDiff.ValueChange(path: name, old: before, new: after)
        }
    }

    /// Listed files whose SHA-256 differs, or that one side lacks, sorted. The reader has
    /// checked every listed hash against the file's bytes, so equal hashes mean equal bytes.
    package static func differingFiles(_ old: BundleManifest, _ new: BundleManifest) -> [String] {
        let oldFiles = Dictionary(old.files.map { ($0.path, $0.sha256) }, uniquingKeysWith: { a, _ in a })
        let newFiles = Dictionary(new.files.map { ($0.path, $0.sha256) }, uniquingKeysWith: { a, _ in a })
        return Set(oldFiles.keys).union(newFiles.keys).filter { oldFiles[$0] != newFiles[$0] }
            .sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    }

    package static func compareTrial(
        _ old: BundleMetrics.Trial?, _ new: BundleMetrics.Trial?, _ oldBundle: ResultBundle?, _ newBundle: ResultBundle?,
        _ options: DiffOptions
    ) throws(BundleError) -> BundleDiff.TrialChange {
        guard let any = new ?? old else {
            return BundleDiff.TrialChange(
                id: "", configuration: "", seed: 0, state: .unchanged, oldStatus: nil, newStatus: nil, metrics: [], curves: [])
        }
        var names: [String] = []
        for metric in (old?.final ?? []) + (new?.final ?? []) where !names.contains(metric.name) { names.append(metric.name) }
        let metrics = names.map { name in
            let a = old?.final.first { $0.name == name }?.value
            let b = new?.final.first { $0.name == name }?.value
            return BundleDiff.MetricChange(name: name, old: a, new: b, changed: !options.same(a, b))
        }
        var curves: [BundleDiff.CurveChange] = []
        if let old, let new {
            let a = try oldBundle?.curve(trial: old.id)
            let b = try newBundle?.curve(trial: new.id)
            curves = CurveComparison.compare(a, b, options: options)
        }
        let state: BundleDiff.State
        if old == nil { state = .added } else if new == nil { state = .removed } else {
            let changed = old?.status != new?.status || metrics.contains(where: \.changed) || curves.contains(where: \.changed)
            state = changed ? .changed : .unchanged
        }
        return BundleDiff.TrialChange(
            id: any.id, configuration: any.configuration, seed: any.seed, state: state, oldStatus: old?.status,
            newStatus: new?.status, metrics: metrics, curves: curves)
    }

    /// Both `config.yaml` files flattened to dotted paths, in old-then-new first-seen order.
    package static func configChanges(_ old: ResultBundle?, _ new: ResultBundle?) throws(BundleError) -> [BundleDiff.ValueChange] {
        let a = try old.map { b throws(BundleError) in try flatten(b) } ?? []
        let b = try new.map { b throws(BundleError) in try flatten(b) } ?? []
        var paths: [String] = []
        for (path, _) in a + b where !paths.contains(path) { paths.append(path) }
        let oldValues = Dictionary(a, uniquingKeysWith: { first, _ in first })
        let newValues = Dictionary(b, uniquingKeysWith: { first, _ in first })
        return paths.map { BundleDiff.ValueChange(path: $0, old: oldValues[$0], new: newValues[$0]) }
    }

    /// `config.yaml` as (dotted path, canonical flow value) pairs in document order; sequences
    /// of scalars stay one value (`[32, 32]`), other sequences index their items.
    package static func flatten(_ bundle: ResultBundle) throws(BundleError) -> [(String, String)] {
        let file = BundleReader.join(bundle.directory, BundleLayout.config)
        let node: Node?
        do { node = try YAML.parseDocument(bundle.config, file: file) } catch {
            throw .unreadable(file, reason: "\(error.mark): \(error.message)")
        }
        guard let node else { return [] }
        var out: [(String, String)] = []
        func walk(_ node: Node, _ prefix: String) {
            if let pairs = node.mapping, !pairs.isEmpty {
                for pair in pairs {
                    let key = pair.key.string ?? flow(pair.key)
                    walk(pair.value, prefix.isEmpty ? key : prefix + "." + key)
                }
            } else if let items = node.sequence, items.contains(where: { !$0.isScalar }) {
                for (index, item) in items.enumerated() { walk(item, "\(prefix).\(index)") }
            } else {
                out.append((prefix, flow(node)))
            }
        }
        walk(node, "")
        return out
    }

    /// A node in one-line flow form.
    package static func flow(_ node: Node) -> String {
        switch node.content {
        case .scalar(let text, _): return text
        case .sequence(let items, _): return "[" + items.map(flow).joined(separator: ", ") + "]"
        case .mapping(let pairs, _):
            return "{" + pairs.map { flow($0.key) + ": " + flow($0.value) }.joined(separator: ", ") + "}"
        }
    }
}
