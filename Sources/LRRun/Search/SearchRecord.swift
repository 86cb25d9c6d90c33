import LRConfig
import LRTrial
import LRReport

/// What an adaptive sweep decided, for the bundle: `search.json` (listed in `bundle.json`
/// and covered by its content hash) and a section appended to `report.md`.
package struct SearchRecord: Sendable {
    package var json: JSONValue
    /// Markdown, starting with a `## ` heading.
    package var markdown: String

    /// The bundle file name.
    package static let file = "search.json"

    /// A draws list as a JSON object of path → value.
    package static func parameters(_ draws: [SweepDraw]) -> JSONValue {
        .object(draws.map { ($0.path, $0.value.json) })
    }

    /// A number or null.
    package static func number(_ x: Double?) -> JSONValue {
        guard let x, x.isFinite else { return .null }
        return .number(x)
    }

    /// `path=value, …` for a report table.
    package static func text(_ draws: [SweepDraw]) -> String {
        draws.map { "\($0.path)=\($0.value.canonicalText)" }.joined(separator: ", ")
    }

    /// A number for a report table (`–` for none).
    package static func cell(_ x: Double?) -> String {
        guard let x, x.isFinite else { return "–" }
        return NumberText.compact(x, significant: 5)
    }
}

extension AnnealingSearch {
    /// The acceptance chain as a record. `epochs` is what the chain trained: every distinct
    /// configuration once per seed (a point proposed again is not retrained).
    package func record(_ steps: [Step], epochs: Int) -> SearchRecord {
        let seeds = max(1, SearchBatches.distinct(sweep.seeds).count)
        let configurations = steps.filter { !$0.repeated && !$0.configurationID.isEmpty }.count
        // Only a step with a usable objective can be the best: none is named when none has one.
        let bestIndex = steps.indices.filter { steps[$0].objective?.isFinite == true }.min { a, b in
            let la = SearchObjective.loss(steps[a].objective, sweep.objective)
            let lb = SearchObjective.loss(steps[b].objective, sweep.objective)
            return la < lb || (la == lb && a < b)
        }
        let chain: [JSONValue] = steps.map { step in
            var fields: [(String, JSONValue)] = [
                ("step", .integer(step.index)), ("configuration", .string(step.configurationID)),
                ("parameters", SearchRecord.parameters(step.draws)), ("temperature", .number(step.temperature)),
                ("objective", SearchRecord.number(step.objective)), ("accepted", .bool(step.accepted)),
                ("repeated", .bool(step.repeated)),
            ]
            if let problem = step.problem { fields.append(("problem", .string(problem))) }
            return .object(fields)
        }
        let json = JSONValue.object([
            ("method", .string("annealing")),
            ("objective", .object([("metric", .string(sweep.objective.metric)), ("maximize", .bool(sweep.objective.maximize))])),
            ("initial_temperature", .number(initialTemperature)), ("cooling_rate", .number(coolingRate)),
            ("trials", .integer(budget)),
            ("accepted", .integer(steps.filter(\.accepted).count)),
            ("configurations", .integer(configurations)), ("seeds", .integer(seeds)), ("epochs_trained", .integer(epochs)),
            ("best_step", bestIndex.map { .integer($0) } ?? .null),
            ("chain", .array(chain)),
        ])
        var md = "## Annealing chain\n\n"
        md += "T₀ = \(SearchRecord.cell(initialTemperature)), cooling rate \(SearchRecord.cell(coolingRate)), "
        md += "\(steps.count) proposals, \(steps.filter(\.accepted).count) accepted"
        if let bestIndex {
            md += "; best at step \(bestIndex) (\(sweep.objective.metric) \(SearchRecord.cell(steps[bestIndex].objective)))"
        } else {
            md += "; no step has a usable \(sweep.objective.metric), so none is named best"
        }
        md += ". Trained \(configurations) configurations"
        md += seeds > 1 ? " × \(seeds) seeds" : ""
        md += ", \(epochs) epochs in all (a configuration proposed again is not retrained)"
        md += ".\n\n| step | temperature | parameters | \(sweep.objective.metric) | accepted |\n|---:|---:|---|---:|:---:|\n"
        for step in steps {
            md += "| \(step.index) | \(SearchRecord.cell(step.temperature)) | \(SearchRecord.text(step.draws)) | "
            md += "\(SearchRecord.cell(step.objective))\(step.repeated ? " (again)" : "") | \(step.accepted ? "yes" : "no") |\n"
        }
        return SearchRecord(json: json, markdown: md)
    }
}

extension HalvingSearch {
    /// The rungs, promotions and epochs as a record. `epochs` is what the search trained;
    /// the grid figure is every configuration trained for `max_epochs`.
    package func record(_ rungs: [Rung], epochs: Int) -> SearchRecord {
        let top = rungs.filter { $0.epochs == maxEpochs }.flatMap(\.entries)
        let best = top.indices.min { a, b in
            let la = SearchObjective.loss(top[a].objective, sweep.objective)
            let lb = SearchObjective.loss(top[b].objective, sweep.objective)
            return la < lb || (la == lb && a < b)
        }.map { top[$0] }
        // The grid trains every configuration for max_epochs once per seed, as the search does.
        let seeds = max(1, SearchBatches.distinct(sweep.seeds).count)
        let gridEpochs = configurations.count * maxEpochs * seeds
        let fraction = gridEpochs > 0 ? Double(epochs) / Double(gridEpochs) : 0
        let rungJSON: [JSONValue] = rungs.map { rung in
            .object([
                ("bracket", .integer(rung.bracket)), ("rung", .integer(rung.rung)), ("epochs", .integer(rung.epochs)),
                ("entries", .array(rung.entries.enumerated().map { index, entry in
                    .object([
                        ("configuration", .string(entry.configurationID)),
                        ("parameters", SearchRecord.parameters(entry.draws)),
                        ("objective", SearchRecord.number(entry.objective)),
                        ("promoted", .bool(rung.promoted.contains(index))),
                    ])
                })),
            ])
        }
        let json = JSONValue.object([
            ("method", .string("halving")),
            ("objective", .object([("metric", .string(sweep.objective.metric)), ("maximize", .bool(sweep.objective.maximize))])),
            ("reduction_factor", .integer(eta)), ("min_epochs", .integer(minEpochs)), ("max_epochs", .integer(maxEpochs)),
            ("budgets", .array(budgets.map { .integer($0) })), ("brackets", .integer(bracketCount)),
            ("configurations", .integer(configurations.count)), ("seeds", .integer(seeds)),
            ("epochs_trained", .integer(epochs)), ("grid_epochs", .integer(gridEpochs)),
            ("epochs_fraction", .number(fraction)),
            ("best", best.map { .object([
                ("configuration", .string($0.configurationID)), ("parameters", SearchRecord.parameters($0.draws)),
                ("objective", SearchRecord.number($0.objective)),
            ]) } ?? .null),
            ("rungs", .array(rungJSON)),
        ])
        var md = "## Successive halving\n\n"
        md += "η = \(eta), budgets \(budgets.map(String.init).joined(separator: ", ")) epochs, \(bracketCount) bracket(s), "
        md += "\(configurations.count) configurations"
        md += seeds > 1 ? " × \(seeds) seeds. " : ". "
        md += "Trained \(epochs) epochs in all; the full grid at "
        md += "\(maxEpochs) epochs would train \(gridEpochs) (\(SearchRecord.cell(fraction * 100)) %).\n"
        if let best {
            md += "\nBest at \(maxEpochs) epochs: \(SearchRecord.text(best.draws)), \(sweep.objective.metric) "
            md += "\(SearchRecord.cell(best.objective)).\n"
        }
        md += "\n| bracket | rung | epochs | configurations | promoted |\n|---:|---:|---:|---:|---|\n"
        for rung in rungs {
            let promoted = rung.promoted.map { "\(SearchRecord.text(rung.entries[$0].draws)) (\(SearchRecord.cell(rung.entries[$0].objective)))" }
            md += "| \(rung.bracket) | \(rung.rung) | \(rung.epochs) | \(rung.entries.count) | "
            md += "\(promoted.isEmpty ? "–" : promoted.joined(separator: "; ")) |\n"
        }
        return SearchRecord(json: json, markdown: md)
    }
}

extension PBTSearch {
    /// The member the report names best: the best objective among members that finished ok
    /// or stopped (ties: the first), as `RunSummary` ranks them; nil when none has one.
    package func bestMember(_ trials: [RunResult.Trial]) -> Int? {
        var best: (index: Int, value: Double)?
        for (index, trial) in trials.enumerated() where StatusCounts.counts(trial.outcome.status) {
            guard let value = SearchObjective.value(trial.outcome, metric: sweep.objective.metric) else { continue }
            if SearchObjective.isBetter(value, than: best?.value, sweep.objective) { best = (index, value) }
        }
        return best?.index
    }

    /// The population, its lineage and every exploit/explore event as a record.
    package func record(_ trials: [RunResult.Trial], events: [Event]) -> SearchRecord {
        let members: [JSONValue] = trials.enumerated().map { i, trial in
            let lineage = events.filter { $0.member == i }.map { event -> JSONValue in
                .object([("epoch", .integer(event.epoch)), ("source", .integer(event.source))])
            }
            return .object([
                ("member", .integer(i)), ("trial", .string(trial.spec.id)),
                ("parameters", .object(trial.spec.assignments.map { ($0.path, $0.value.json) })),
                ("initial_lr", .number(trial.spec.experiment.optimizer.lr)),
                ("final_lr", SearchRecord.number(trial.outcome.curve.column("lr")?.last ?? nil)),
                ("objective", SearchRecord.number(SearchObjective.value(trial.outcome, metric: sweep.objective.metric))),
                ("copied_from", .array(lineage)),
            ])
        }
        let eventJSON: [JSONValue] = events.map { event in
            .object([
                ("round", .integer(event.round)), ("epoch", .integer(event.epoch)), ("member", .integer(event.member)),
                ("source", .integer(event.source)), ("member_objective", SearchRecord.number(event.memberObjective)),
                ("source_objective", SearchRecord.number(event.sourceObjective)), ("factor", .number(event.factor)),
                ("old_lr", .number(event.oldLR)), ("new_lr", .number(event.newLR)),
            ])
        }
        let json = JSONValue.object([
            ("method", .string("pbt")),
            ("objective", .object([("metric", .string(sweep.objective.metric)), ("maximize", .bool(sweep.objective.maximize))])),
            ("population", .integer(population)), ("interval", .integer(interval)), ("fraction", .number(fraction)),
            ("replaced_per_round", .integer(min(replaced, population / 2))),
            ("perturb", .array(perturb.map { .number($0) })), ("epochs", .integer(totalEpochs)),
            ("members", .array(members)), ("events", .array(eventJSON)),
        ])
        var md = "## Population-based training\n\n"
        md += "\(population) members, rounds of \(interval) epoch(s) over \(totalEpochs), the bottom "
        md += "\(min(replaced, population / 2)) copy a top member and multiply its rate by one of "
        md += "\(perturb.map { SearchRecord.cell($0) }.joined(separator: ", ")); \(events.count) exploit/explore events. "
        md += "Each member's rate over time is its `lr` column (plots/lr.svg). "
        md += "Trained \(trials.reduce(0) { $0 + $1.outcome.epochs }) epochs in all (members × epochs; `sweep.seeds` does not "
        md += "apply: member i trains with seed i).\n"
        if let best = bestMember(trials) {
            let lineage = events.filter { $0.member == best }
            md += "\nThe best member is \(best) (\(sweep.objective.metric) "
            md += "\(SearchRecord.cell(SearchObjective.value(trials[best].outcome, metric: sweep.objective.metric))))"
            if lineage.isEmpty {
                md += ", never replaced: its configuration trained it from start to end.\n"
            } else {
                md += "; its configuration is only where it started: it copied "
                md += lineage.map { "member \($0.source) after epoch \($0.epoch)" }.joined(separator: ", ")
                md += ", ending at rate \(SearchRecord.cell(trials[best].outcome.curve.column("lr")?.last ?? nil)).\n"
            }
        }
        md += "\n"
        md += "| round | after epoch | member | copied from | \(sweep.objective.metric) (member → source) | rate |\n"
        md += "|---:|---:|---:|---:|---|---|\n"
        for e in events {
            md += "| \(e.round) | \(e.epoch) | \(e.member) | \(e.source) | \(SearchRecord.cell(e.memberObjective)) → "
            md += "\(SearchRecord.cell(e.sourceObjective)) | \(SearchRecord.cell(e.oldLR)) → \(SearchRecord.cell(e.newLR)) |\n"
        }
        return SearchRecord(json: json, markdown: md)
    }
}
