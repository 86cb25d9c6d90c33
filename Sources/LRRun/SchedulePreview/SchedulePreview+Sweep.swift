import LRConfig
import LRTrial
import LRReport
import LRBundle

extension SchedulePreview {
    /// The schedule of every configuration a file runs.
    package struct Preview: Sendable, Equatable {
        /// One configuration's preview.
        package struct Configuration: Sendable, Equatable {
            /// The configuration's label as the report writes it (`adam lr=0.01`); `default`
            /// without a sweep.
            package var label: String
            /// The whole assignment (`optimizer.kind=adam, optimizer.lr=0.01`); empty without a
            /// sweep.
            package var detail: String
            /// Rows `step`, `lr` and, when any configuration cycles it, `momentum`.
            package var curve: CurveTable
        }

        /// In sweep order; configurations whose previews are identical are shown once (then
        /// labelled by what tells the remaining ones apart, and a note says so).
        package var configurations: [Configuration]
        /// What could not be previewed, in sentences (e.g. an adaptive method's later proposals).
        package var notes: [String]
        /// Whether the file has a sweep that changes the schedule: the outputs then name each
        /// configuration.
        package var isSwept: Bool { configurations.count > 1 }
    }

    /// The preview of every configuration of `experiment` (its first seed: seeds never change
    /// a schedule except a random one's draws, which follow the trial seed), for `steps`
    /// updates or each configuration's own run length when nil.
    ///
    /// Grid and random sweeps are known up front and previewed whole. `annealing` previews its
    /// start, `halving` its first rung, `pbt` its members' starting rates (constant: pbt
    /// replaces the schedule); a note says what they go on to do that no preview can show. The
    /// distinct previews together hold at most `rowLimit` rows (``maximumSteps``).
    ///
    /// - Throws: `Failure.invalid` for a sweep that cannot be expanded, `Failure.schedule`
    ///   for a configuration whose schedule cannot be built or whose length is unknown.
    package static func preview(
        for experiment: Experiment, steps: Int?, expander: SweepExpander = SweepExpander(), rowLimit: Int = maximumSteps
    ) throws(Failure) -> (preview: Preview, warnings: [Diagnostic])
    {
        let expansion: SweepExpansion
        do {
            expansion = try expander.expand(experiment)
        } catch {
            throw .invalid(error.diagnostics)
        }
        var firsts: [TrialSpec] = []
        var seen: Set<String> = []  // membership only; order comes from the trials
        for trial in expansion.trials where seen.insert(trial.configurationID).inserted { firsts.append(trial) }
        // Configurations whose previews are identical (they differ in what the schedule does
        // not read, e.g. the model) are shown once.
        var distinct: [(trial: TrialSpec, curve: CurveTable)] = []
        var digests: Set<String> = []  // membership only
        var rows = 0
        let constant = experiment.sweep?.method == .pbt
        for trial in firsts {
            let curve: CurveTable
            do {
                let scheduled = try Self.curve(for: trial.experiment, steps: steps, trialSeed: trial.seed)
                curve = constant ? Self.constantRate(scheduled, trial.experiment.optimizer.lr) : scheduled
            } catch {
                throw .schedule(error, warnings: expansion.warnings)
            }
            guard digests.insert(ContentHash.sha256(CurveCSV.text(curve))).inserted else { continue }
            // Held in memory and printed whole: the distinct previews share the one-preview cap.
            rows += curve.rows.count
            if rows > rowLimit {
                let error = TrialError(
                    "the sweep's distinct schedules need more than the \(rowLimit) rows a preview shows; "
                        + "pass a smaller '--steps'",
                    at: experiment.location(of: "sweep"))
                throw .schedule(error, warnings: expansion.warnings)
            }
            distinct.append((trial, curve))
        }
        // Labelled as the report labels them; after collapsing, by what still differs.
        let parameters = distinct.map { $0.trial.assignments.map(ParameterValue.init) }
        let labels = ConfigurationLabels.make(parameters)
        let configurations = zip(distinct, zip(parameters, labels)).map { entry, named in
            Preview.Configuration(
                label: named.0.isEmpty || distinct.count == 1 ? "default" : named.1,
                detail: ConfigurationLabels.full(named.0), curve: entry.curve)
        }
        var notes = notes(experiment, firsts)
        if distinct.count < firsts.count, firsts.count > 1 {
            notes.append("\(firsts.count) configurations give \(distinct.count) distinct schedule"
                + "\(distinct.count == 1 ? "" : "s"); each is shown once, labelled by what tells "
                + "\(distinct.count == 1 ? "it" : "them") apart")
        }
        return (Preview(configurations: Self.withCommonColumns(configurations), notes: notes), expansion.warnings)
    }

    /// The configurations with the same columns: `momentum` everywhere (empty where a
    /// configuration has none) when any of them has it.
    package static func withCommonColumns(_ configurations: [Preview.Configuration]) -> [Preview.Configuration] {
        guard configurations.contains(where: { $0.curve.columns.contains("momentum") }) else { return configurations }
        return configurations.map { configuration in
            guard !configuration.curve.columns.contains("momentum") else { return configuration }
            var widened = configuration
            widened.curve = CurveTable(
                columns: configuration.curve.columns + ["momentum"], rows: configuration.curve.rows.map { $0 + [nil] })
            return widened
        }
    }

    /// `curve` with `lr` held at `rate` and no momentum: how pbt trains a member (its schedule
    /// is replaced by a constant rate) until its first round ends.
    package static func constantRate(_ curve: CurveTable, _ rate: Double) -> CurveTable {
        let lr = curve.columns.firstIndex(of: "lr")
        let kept = curve.columns.indices.filter { curve.columns[$0] != "momentum" }
        return CurveTable(
            columns: kept.map { curve.columns[$0] },
            rows: curve.rows.map { row in kept.map { $0 == lr ? rate : ($0 < row.count ? row[$0] : nil) } })
    }

    /// What an adaptive sweep goes on to do that the preview of its known configurations
    /// cannot show.
    package static func notes(_ experiment: Experiment, _ configurations: [TrialSpec]) -> [String] {
        guard let sweep = experiment.sweep else { return [] }
        let count = "\(configurations.count) configuration\(configurations.count == 1 ? "" : "s")"
        switch sweep.method {
        case .grid, .random:
            return []
        case .annealing:
            return ["annealing proposes each configuration from the results of the one before; only its start is "
                + "known before training and previewed"]
        case .halving:
            return ["halving: previewed the \(count) of its first rung at that rung's length; the survivors train "
                + "again for longer, with the schedule sized to each rung, which depends on results"]
        case .pbt:
            return ["pbt: previewed the starting rates of the \(count) its members start from, held constant as pbt "
                + "trains them (it replaces the schedule); between rounds members copy and perturb each other's rates, "
                + "which depends on results and cannot be previewed"]
        }
    }
}
