import LRConfig
import LRTrial
import LRYAML

/// The settings in which the compared configurations differ beyond what the sweep sets: the
/// leaves of their resolved configurations (the written values, with each kind's defaults
/// filled in, as the kind files hold them) and the momentum or beta1 in force that the curves
/// recorded.
///
/// A leaf is listed when the configurations that do not get it from the sweep (their value
/// comes from the file, a base file or a default) disagree on it, e.g. the default
/// `weight_decay` of `adam` (0) and `adamw` (0.01) when the sweep names only the kinds. A
/// difference the sweep itself writes is the comparison, not a confound. A key only some
/// kinds have (AdaGrad's `lr_decay`) counts only where it applies; other keys missing from a
/// configuration (a `warmup` one file adds) count as `unset`; a schedule's momentum bounds
/// count only where it cycles momentum.
package enum Confounds {
    /// One setting and its value in each configuration (nil where it does not apply).
    package struct Difference: Equatable {
        var path: String
        var values: [String?]
    }

    /// The sections compared; `sweep`, `output`, names and the seeds are what a comparison is
    /// made of, not settings of a configuration.
    package static let sections = ["data", "model", "initializer", "optimizer", "schedule", "train"]

    /// The pseudo-path of the curves' momentum column.
    package static let momentumPath = "momentum in force (curves)"

    /// The differences, in section order, then the momentum the curves recorded.
    package static func differences(_ result: RunResult, _ summary: RunSummary) -> [Difference] {
        let trials: [RunResult.Trial] = summary.configurations.compactMap { configuration in
            result.trials.first { $0.spec.configurationID == configuration.id }
        }
        guard trials.count == summary.configurations.count, trials.count >= 2 else { return [] }
        let resolved = trials.map { leaves(of: $0.spec.experiment) }
        let swept = trials.map { sweptLeaves($0.spec) }
        var paths: [String] = []
        for leaves in resolved {
            for (path, _) in leaves where !paths.contains(path) { paths.append(path) }
        }
        let kindKeys = Self.kindKeyPaths()
        var out: [Difference] = []
        for path in paths {
            let values: [String?] = resolved.map { leaves in
                leaves.first { $0.path == path }?.value ?? (kindKeys.contains(path) ? nil : "unset")
            }
            let unswept = values.indices.filter { values[$0] != nil && !swept[$0].contains(path) }
            guard Set(unswept.compactMap { values[$0] }).count > 1 else { continue }
            out.append(Difference(path: path, values: values))
        }
        if let momentum = momentumDifference(trials, swept) { out.append(momentum) }
        return out
    }

    /// The momentum or beta1 each configuration's first seed trained with (`0.9`, or
    /// `0.8–0.9` where it changed), where the sweep sets neither and they disagree.
    package static func momentumDifference(_ trials: [RunResult.Trial], _ swept: [Set<String>]) -> Difference? {
        let values: [String?] = trials.map { trial in
            guard let column = trial.outcome.curve.column("momentum") else { return nil }
            let finite = column.compactMap { $0 }.filter(\.isFinite)
            guard let low = finite.min(), let high = finite.max() else { return nil }
            return low == high ? ReportNumbers.value(low) : "\(ReportNumbers.value(low))–\(ReportNumbers.value(high))"
        }
        let unswept = values.indices.filter { index in
            values[index] != nil
                && !swept[index].contains { $0.hasSuffix(".momentum") || $0.hasSuffix(".betas") || $0.hasSuffix("_momentum") }
        }
        guard Set(unswept.compactMap { values[$0] }).count > 1 else { return nil }
        return Difference(path: momentumPath, values: values)
    }

    /// The report's bullet: each differing setting with its values and the configurations that
    /// have them; nil when nothing differs.
    package static func sentence(_ result: RunResult, _ summary: RunSummary, _ labels: ReportLabels) -> String? {
        let found = differences(result, summary)
        guard !found.isEmpty else { return nil }
        let parts = found.map { difference -> String in
            var groups: [(value: String, configurations: [Int])] = []
            for (index, value) in difference.values.enumerated() {
                guard let value else { continue }
                if let at = groups.firstIndex(where: { $0.value == value }) {
                    groups[at].configurations.append(index)
                } else {
                    groups.append((value, [index]))
                }
            }
            let listed = groups.map { group in
                let shown = group.configurations.prefix(3).map { ReportSentences.code(labels.configuration($0)) }
                let more = group.configurations.count > 3 ? " and \(group.configurations.count - 3) more" : ""
                return "\(group.value) in \(shown.joined(separator: ", "))\(more)"
            }
            let name = difference.path == momentumPath ? difference.path : ReportSentences.code(difference.path)
            return "\(name): " + listed.joined(separator: "; ")
        }
        return "the configurations also differ in settings the sweep does not set (defaults included), so their gaps "
            + "are not due to the swept values alone — " + parts.joined(separator: "; ") + "."
    }

    // MARK: Resolved leaves

    /// Every leaf of the compared sections as `section.key[.key…]` with its value's text,
    /// written values first, then each section kind's defaults for keys left out (and the
    /// schedule's default `interval`, which depends on the kind).
    package static func leaves(of experiment: Experiment) -> [(path: String, value: String)] {
        var out: [(path: String, value: String)] = []
        for section in sections {
            if let node = experiment.document[section] { flatten(node, path: section, into: &out) }
        }
        var defaults: [(section: String, kind: String, keys: [KindKey])] = [
            ("model", experiment.model.name, ModelKinds.named(experiment.model.name)?.keys ?? []),
            ("optimizer", experiment.optimizer.name, OptimizerKinds.named(experiment.optimizer.name)?.keys ?? []),
            ("schedule", experiment.schedule.name, ScheduleKinds.named(experiment.schedule.name)?.keys ?? []),
        ]
        if let initializer = experiment.initializer {
            defaults.append(("initializer", initializer.name, InitializerKinds.named(initializer.name)?.keys ?? []))
        }
        for (section, kind, keys) in defaults {
            add("\(section).kind", kind, to: &out)
            for key in keys { if let value = key.defaultValue { add("\(section).\(key.name)", text(value), to: &out) } }
        }
        add("schedule.interval", experiment.schedule.interval.rawValue, to: &out)
        // Momentum bounds of a schedule that does not cycle momentum are not in force.
        if out.contains(where: { $0.path == "schedule.cycle_momentum" && $0.value == "false" }) {
            out.removeAll { $0.path == "schedule.base_momentum" || $0.path == "schedule.max_momentum" }
        }
        return out
    }

    /// The leaves the trial's swept values write (a whole swept section writes only what its
    /// value spells out; a case writes what each of its paths does).
    package static func sweptLeaves(_ spec: TrialSpec) -> Set<String> {
        var out: [(path: String, value: String)] = []
        for assignment in spec.assignments {
            for (path, value) in SweepCase.settings(assignment) { flatten(value, path: path, into: &out) }
        }
        return Set(out.map(\.path))
    }

    /// The paths of every key some kind of a section family has: where such a key is missing,
    /// the configuration's kind does not have it.
    package static func kindKeyPaths() -> Set<String> {
        var paths: Set<String> = []
        for kind in OptimizerKinds.all { for key in kind.keys { paths.insert("optimizer.\(key.name)") } }
        for kind in ScheduleKinds.all { for key in kind.keys { paths.insert("schedule.\(key.name)") } }
        for kind in InitializerKinds.all { for key in kind.keys { paths.insert("initializer.\(key.name)") } }
        for kind in ModelKinds.all { for key in kind.keys { paths.insert("model.\(key.name)") } }
        return paths
    }

    private static func add(_ path: String, _ value: String, to out: inout [(path: String, value: String)]) {
        if !out.contains(where: { $0.path == path }) { out.append((path, value)) }
    }

    /// Mappings become one leaf per key; scalars and lists are leaves.
    package static func flatten(_ node: ConfigNode, path: String, into out: inout [(path: String, value: String)]) {
        if let entries = node.entries {
            for entry in entries { flatten(entry.value, path: "\(path).\(entry.key)", into: &out) }
        } else {
            add(path, text(node), to: &out)
        }
    }

    /// A value's text, numbers in one form whether written `0`, `0.0` or defaulted, so equal
    /// values compare equal.
    package static func text(_ node: ConfigNode) -> String {
        switch node.content {
        case .scalar(let value, let source):
            switch value {
            case .null: return "null"
            case .bool(let b): return b ? "true" : "false"
            case .int(let i): return ConfigNode.canonicalNumber(Double(i))
            case .float(let f): return ConfigNode.canonicalNumber(f)
            case .string(let s): return s
            case .integerOutOfRange: return source
            }
        case .sequence(let items): return "[" + items.map(text).joined(separator: ", ") + "]"
        case .mapping(let entries): return "{" + entries.map { "\($0.key): \(text($0.value))" }.joined(separator: ", ") + "}"
        }
    }

    package static func text(_ value: JSONValue) -> String {
        switch value {
        case .null: "null"
        case .bool(let b): b ? "true" : "false"
        case .integer(let i): ConfigNode.canonicalNumber(Double(i))
        case .number(let f): ConfigNode.canonicalNumber(f)
        case .string(let s): s
        case .array(let items): "[" + items.map(text).joined(separator: ", ") + "]"
        case .object(let entries): "{" + entries.map { "\($0.0): \(text($0.1))" }.joined(separator: ", ") + "}"
        }
    }
}
