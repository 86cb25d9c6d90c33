import LRConfig
import LREngine
import LRTrial

/// `sweep.method: pbt`: population-based training (Jaderberg et al., 2017, "Population Based
/// Training of Neural Networks"), with the learning rate as the adapted hyperparameter.
///
/// - Member i = 0 … `population` − 1 starts from a configuration drawn as `random` draws one
///   (the `sweep` stream; every parameter may be swept, not only the rate) and is trained
///   as a trial with trial seed i (its own `init` and `shuffle` streams; `sweep.seeds` does
///   not apply). Its rate is constant between rounds: the schedule is replaced by
///   `ConstantSchedule` at the member's current rate.
/// - Members advance in lockstep rounds of `interval` epochs (the last round may be shorter),
///   one member after the other, so the result does not depend on `--jobs`.
/// - After every round but the last, members are ranked by the objective after that round
///   (a diverged member is worst; ties by index). Each of the bottom k = max(1, ⌊population ·
///   fraction⌋), worst first, exploits: it copies the whole trainer (parameters, optimizer
///   state) and the rate of a member drawn uniformly from the top k (the `sweep` stream), then
///   explores: its rate is multiplied by a factor drawn uniformly from `perturb`. A diverged
///   member that is not replaced stops training.
/// - The member's trial in the bundle has a curve with every update (the `lr` column shows the
///   rate it used), final metrics after the last round (test metrics with its final
///   parameters), and its best epoch; `search.json` records every exploit/explore event.
package struct PBTSearch {
    /// One exploit/explore decision.
    package struct Event: Sendable {
        var round: Int
        var epoch: Int
        var member: Int
        var source: Int
        var memberObjective: Double?
        var sourceObjective: Double?
        var factor: Double
        var oldLR: Double
        var newLR: Double
    }

    /// One member of the population while it trains.
    package struct Member {
        var spec: TrialSpec
        var trainer: Trainer
        var lr: Double
        var shuffle: RandomStream
        var steps: [StepRecord] = []
        var epochs: [EpochRecord] = []
        var divergence: Divergence?
        var stopped = false
        var objective: Double?
    }

    package var sweep: SweepConfig
    package var experiment: Experiment

    package var population: Int { max(2, sweep.population ?? 8) }
    package var interval: Int { max(1, sweep.interval ?? 1) }
    package var fraction: Double { sweep.fraction ?? 0.25 }
    package var perturb: [Double] { sweep.perturb.isEmpty ? [0.8, 1.2] : sweep.perturb }
    package var totalEpochs: Int { max(1, experiment.train.epochs ?? 1) }
    package var replaced: Int { max(1, Int((Double(population) * fraction).rounded(.down))) }

    /// The members' starting configurations, in member order.
    package func configurations() -> [[SweepDraw]] {
        let space = SearchSpace(sweep, experiment)
        var rng = RandomStream(root: UInt64(max(0, experiment.seed)), trial: 0, name: "sweep")
        return (0..<population).map { _ in space.draws(space.random(&rng)) }
    }

    /// The members' trial specs (configurations resolved; member i has trial seed i), or the
    /// located problems of the first configuration that does not resolve.
    package func specs(sources: inout SourceLines) -> Result<[TrialSpec], ResolveFailure> {
        let expander = SweepExpander()
        let base = experiment.document
        var specs: [TrialSpec] = []
        for (i, draws) in configurations().enumerated() {
            switch expander.resolve(draws, experiment, sources: &sources) {
            case .success(let resolved):
                let assignments = draws.map(\.assignment)
                let tagged = assignments + [TrialSpec.Assignment(
                    path: "pbt.member", value: ConfigNode(.scalar(.int(i), text: String(i)), location: base.location))]
                specs.append(TrialSpec(
                    id: TrialIdentity.trialID(tagged, seed: i, base: base),
                    configurationID: TrialIdentity.configurationID(tagged, base: base),
                    assignments: assignments, seed: i, experiment: resolved))
            case .failure(let failure):
                return .failure(failure)
            }
        }
        return .success(specs)
    }

    /// Trains the population; its trials (member order) and events.
    package func run(specs: [TrialSpec], data: PreparedData?) throws(TrialError) -> (trials: [RunResult.Trial], events: [Event]) {
        guard let data else {
            throw TrialError("pbt needs a model trained on data", at: experiment.location(of: "model"))
        }
        var members = try self.members(specs: specs, data: data)
        var rng = RandomStream(root: UInt64(max(0, experiment.seed)), trial: 1, name: "sweep")
        var events: [Event] = []
        var epoch = 1
        var round = 0
        while epoch <= totalEpochs {
            let count = min(interval, totalEpochs - epoch + 1)
            for i in members.indices where !members[i].stopped {
                try advance(&members[i], epochs: count, firstEpoch: epoch, split: data.split)
            }
            epoch += count
            if epoch <= totalEpochs {
                events += exploit(&members, round: round, epoch: epoch - 1, rng: &rng)
                for i in members.indices where members[i].divergence != nil { members[i].stopped = true }
            }
            round += 1
        }
        let trials = members.map { member in
            var trainer = member.trainer
            return RunResult.Trial(spec: member.spec, outcome: outcome(member, trainer: &trainer, data: data))
        }
        return (trials, events)
    }

    /// The untrained members of `specs`, each at its configuration's rate.
    package func members(specs: [TrialSpec], data: PreparedData) throws(TrialError) -> [Member] {
        var members: [Member] = []
        for spec in specs {
            var trainer = try TrialRunner.makeTrainer(spec, training: data.split.train)
            let lr = spec.experiment.optimizer.lr
            trainer.schedule = ConstantSchedule(baseLR: lr)
            members.append(Member(spec: spec, trainer: trainer, lr: lr,
                                  shuffle: TrialStreams.trial(TrialStreams.shuffle, spec)))
        }
        return members
    }

    /// Trains one member `epochs` more epochs.
    package func advance(_ member: inout Member, epochs: Int, firstEpoch: Int, split: DatasetSplit) throws(TrialError) {
        member.trainer.schedule = ConstantSchedule(baseLR: member.lr)
        member.divergence = nil
        let segment: Trainer.Segment
        do {
            segment = try member.trainer.trainEpochs(
                epochs, on: split, shuffle: &member.shuffle, firstEpoch: firstEpoch,
                firstStep: member.steps.count + 1)
        } catch {
            throw TrialError(error.message, at: experiment.location(of: "train"))
        }
        member.steps += segment.steps
        member.epochs += segment.epochs
        member.divergence = segment.divergence
        member.objective = segment.divergence == nil ? segment.epochs.last.flatMap { objective($0) } : nil
    }

    /// The objective after an epoch (`epochMetric`); nil when not finite.
    package func objective(_ record: EpochRecord) -> Double? {
        guard let value = Self.epochValue(record, metric: Self.epochMetric(sweep.objective.metric)), value.isFinite
        else { return nil }
        return value
    }

    /// The per-epoch metric an objective ranks members by between rounds: the objective
    /// itself, or for `best_<metric>` the metric.
    package static func epochMetric(_ objective: String) -> String {
        objective.hasPrefix("best_") ? String(objective.dropFirst("best_".count)) : objective
    }

    /// Whether every epoch reports `metric` (`train_loss`, `val_loss`, `val_accuracy`,
    /// `val_<train.metrics name>`): members can only be ranked between rounds by such a
    /// metric; a `test_` metric is measured once, at the end.
    package static func ranksBetweenRounds(_ objective: String) -> Bool {
        let metric = epochMetric(objective)
        if ["train_loss", "val_loss", "val_accuracy"].contains(metric) { return true }
        return metric.hasPrefix("val_") && TrainConfig.ExtraMetric(rawValue: String(metric.dropFirst(4))) != nil
    }

    /// `metric` in an epoch's record (`val_loss` falls back to the training loss without a
    /// validation part, as training monitors it).
    package static func epochValue(_ record: EpochRecord, metric: String) -> Double? {
        switch metric {
        case "val_loss": return record.valLoss ?? record.trainLoss
        case "val_accuracy": return record.valAccuracy
        case "train_loss": return record.trainLoss
        default:
            guard metric.hasPrefix("val_"), let extra = TrainConfig.ExtraMetric(rawValue: String(metric.dropFirst(4))),
                let metrics = record.valClassification
            else { return nil }
            return extra.value(in: metrics)
        }
    }

    /// One exploit/explore round: the bottom members copy top ones and perturb their rate.
    package func exploit(_ members: inout [Member], round: Int, epoch: Int, rng: inout RandomStream) -> [Event] {
        let events = exploitEvents(
            objectives: members.map(\.objective), rates: members.map(\.lr), round: round, epoch: epoch, rng: &rng)
        for event in events {
            let loser = event.member, source = event.source
            members[loser].trainer = members[source].trainer
            members[loser].lr = event.newLR
            members[loser].objective = members[source].objective
            members[loser].divergence = nil
            members[loser].stopped = false
        }
        return events
    }

    /// One round's decisions from the members' objectives and rates: the bottom k, worst
    /// first, each copy a member drawn from the top k and perturb its rate.
    package func exploitEvents(
        objectives: [Double?], rates: [Double], round: Int, epoch: Int, rng: inout RandomStream
    ) -> [Event] {
        let order = objectives.indices.sorted { a, b in
            let la = SearchObjective.loss(objectives[a], sweep.objective)
            let lb = SearchObjective.loss(objectives[b], sweep.objective)
            return la < lb || (la == lb && a < b)
        }
        let k = min(replaced, objectives.count / 2)
        let top = Array(order.prefix(k))
        var events: [Event] = []
        for loser in order.suffix(k).reversed() {
            let source = top[rng.index(below: top.count)]
            let factor = perturb[rng.index(below: perturb.count)]
            events.append(Event(
                round: round, epoch: epoch, member: loser, source: source, memberObjective: objectives[loser],
                sourceObjective: objectives[source], factor: factor, oldLR: rates[loser], newLR: rates[source] * factor))
        }
        return events
    }

    /// The member's outcome after the last round.
    private func outcome(_ member: Member, trainer: inout Trainer, data: PreparedData) -> TrialOutcome {
        let diverged = member.divergence != nil
        var final: [TrialOutcome.Metric] = []
        if let last = member.epochs.last {
            final.append(.init("train_loss", last.trainLoss))
            if let v = last.valLoss { final.append(.init("val_loss", v)) }
            if let v = last.valAccuracy { final.append(.init("val_accuracy", v)) }
        }
        if !diverged, let test = trainer.evaluate(data.split.test) {
            final.append(.init("test_loss", test.loss))
            if let a = test.accuracy { final.append(.init("test_accuracy", a)) }
        }
        final = final.filter { $0.value.isFinite }
        var best: [TrialOutcome.Metric] = []
        let scored = member.epochs.compactMap { record in objective(record).map { (record, $0) } }
        if let (record, value) = scored.min(by: {
            SearchObjective.loss($0.1, sweep.objective) < SearchObjective.loss($1.1, sweep.objective)
        }) {
            best = [.init("best_\(Self.epochMetric(sweep.objective.metric))", value), .init("best_epoch", Double(record.epoch))]
        }
        let result = TrainingResult(
            status: diverged ? .diverged : .ok, divergence: member.divergence, steps: member.steps,
            epochs: member.epochs, monitor: .valLoss, test: nil)
        let curve = TrialRunner.curve(result, isFunction: false, isClassification: data.split.train.task.classCount != nil)
        return TrialOutcome(
            status: diverged ? .diverged : .ok, message: member.divergence?.reason, final: final, best: best,
            curve: curve, epochs: member.epochs.count, steps: member.steps.count)
    }
}

extension PBTSearch: SweepDriver {
    /// Takes the population from the cache when it is all there (`PBTSearch+Cache.swift`),
    /// else trains it here, one member after the other, and stores it. A problem that stops
    /// the whole population (its data, a configuration) makes every member a failed trial.
    package func drive<Prepared: Sendable>(_ plan: RunPlan, _ batches: TrialBatches<Prepared>) -> SweepOutcome? {
        guard !batches.cancellation.isCancelled else { return nil }
        var sources = SourceLines()
        let specs: [TrialSpec]
        switch self.specs(sources: &sources) {
        case .success(let resolved): specs = resolved
        case .failure: return nil
        }
        let keys = cacheKeys(specs)
        if let cache = batches.executor.cache, let (trials, events) = cached(specs, keys: keys, in: cache) {
            for (index, trial) in trials.enumerated() {
                batches.events(.finished(index: index, trial: trial.spec, outcome: trial.outcome, cached: true, seconds: 0))
            }
            batches.recordCached(trials.count)
            return SweepOutcome(trials: trials, record: record(trials, events: events))
        }
        var trials: [RunResult.Trial]
        var decisions: [Event] = []
        var record: SearchRecord
        do {
            if plan.experiment.model.isExternal {
                (trials, decisions) = runExternal(specs: specs)
            } else {
                let data = try TrialRunner.prepareData(for: plan.experiment)
                (trials, decisions) = try run(specs: specs, data: data)
            }
            record = self.record(trials, events: decisions)
        } catch {
            let failed = TrialOutcome.failed(error.description)
            trials = specs.map { RunResult.Trial(spec: $0, outcome: failed) }
            record = self.record(trials, events: [])
        }
        for (index, trial) in trials.enumerated() {
            batches.events(.finished(index: index, trial: trial.spec, outcome: trial.outcome, cached: false, seconds: 0))
        }
        batches.recordTrained(trials.count)
        // Interrupted runs store nothing: the population is cached whole or not at all.
        if let cache = batches.executor.cache, !batches.cancellation.isCancelled {
            for (index, reason) in store(trials, events: decisions, keys: keys, in: cache) {
                batches.events(.cacheWriteFailed(index: index, trial: trials[index].spec, reason: reason))
            }
        }
        return SweepOutcome(trials: trials, record: record)
    }
}
