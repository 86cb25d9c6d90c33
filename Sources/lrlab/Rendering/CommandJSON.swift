import LRConfig
import LRBundle
import LRRun

/// The `--format json` forms of `show`, `plan`, `check` and `lr-find`; each names its format
/// (`lrlab.show/1`, …) and is described by `schemas/output.schema.json`.
enum CommandJSON {
    static func show(_ bundle: ResultBundle) -> String {
        render([
            ("format", .string("lrlab.show/1")),
            ("bundle", .string(bundle.directory)),
            ("bundle_format", .string(bundle.manifest.format)),
            ("lrlab_version", .string(bundle.manifest.lrlabVersion)),
            ("trials", .integer(bundle.metrics.trials.count)),
            ("summary", bundle.metrics.summaryJSON),
        ])
    }

    /// `shards`: the number of `--shard` workers each trial's `shard` is counted among.
    static func plan(_ plan: RunPlan, cached: [Bool], shards: Int = 1) -> String {
        let trials: [JSONValue] = zip(plan.trials, cached).enumerated().map { position, entry in
            let (trial, isCached) = entry
            return .object([
                ("id", .string(trial.spec.id)),
                ("configuration", .string(trial.spec.configurationID)),
                ("seed", .integer(trial.spec.seed)),
                ("shard", .integer(Shard.of(position: position, count: shards))),
                ("cached", .bool(isCached)),
                ("key", .string(trial.trialKey)),
                ("parameters", .object(trial.spec.assignments.map { ($0.path, $0.value.json) })),
            ])
        }
        return render([
            ("format", .string("lrlab.plan/1")),
            ("experiment", .string(plan.experiment.name)),
            ("trials", .array(trials)),
            ("total", .integer(trials.count)),
            ("cached", .integer(cached.filter { $0 }.count)),
            ("shards", .integer(shards)),
            ("complete", .bool(plan.listsEveryTrial)),
        ])
    }

    static func check(_ findings: [BundleCheck.Finding]) -> String {
        let results: [JSONValue] = findings.map { finding in
            switch finding {
            case .reproduced(let name):
                .object([("experiment", .string(name)), ("result", .string("reproduced")), ("diff", .null), ("error", .null)])
            case .differs(let name, let diff):
                .object([("experiment", .string(name)), ("result", .string("differs")), ("diff", diff.json()), ("error", .null)])
            case .failed(let reason):
                .object([("experiment", .null), ("result", .string("error")), ("diff", .null), ("error", .string(reason))])
            }
        }
        let reproduced = findings.filter { if case .reproduced = $0 { true } else { false } }.count
        return render([
            ("format", .string("lrlab.check/1")),
            ("reproduced", .integer(reproduced)),
            ("total", .integer(findings.count)),
            ("results", .array(results)),
        ])
    }

    static func lrFind(_ report: LRFind.Report, settings: LRFind) -> String {
        render([
            ("format", .string("lrlab.lr-find/1")),
            ("directory", .string(report.directory)),
            ("num_steps", .integer(settings.steps)),
            ("steps_run", .integer(report.result.points.count)),
            ("stop", .string(report.result.stop.rawValue)),
            ("suggestions", .object(LRFind.suggestionNames.map { name in
                (name, LRFind.suggestion(name, of: report.result.suggestions).map(JSONValue.double) ?? .null)
            })),
        ])
    }

    private static func render(_ members: [(String, JSONValue)]) -> String {
        JSONValue.object(members).pretty() + "\n"
    }
}
