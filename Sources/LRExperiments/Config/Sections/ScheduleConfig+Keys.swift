/// The key table of `schedule:` and its decoding.
enum ScheduleKeys {
    static let kinds = ScheduleConfig.Kind.allCases.map(\.rawValue)
    /// A count of ticks: at most what the engine's schedules accept (``Limits/maxTicks``).
    static let ticks = IntegerRule(min: 1, max: Limits.maxTicks)
    static let milestones = ValueType.list(.integer(.positive), minCount: 1, increasing: true)

    static let section = SectionSpec(
        .schedule, doc: "How the learning rate changes; names follow torch.optim.lr_scheduler.",
        discriminator: "kind", family: "schedule",
        kinds: [
            .init(name: "constant", doc: "The optimizer's rate throughout."),
            .init(name: "step", doc: "StepLR: multiply by gamma every step_size ticks."),
            .init(name: "multistep", doc: "MultiStepLR: multiply by gamma at each milestone."),
            .init(name: "exponential", doc: "ExponentialLR: multiply by gamma every tick."),
            .init(name: "polynomial", doc: "PolynomialLR: (1 - t/total_steps)^power."),
            .init(name: "linear", doc: "LinearLR: factor from start_factor to end_factor over total_steps."),
            .init(name: "cosine", doc: "CosineAnnealingLR (Loshchilov & Hutter, 2017)."),
            .init(name: "cosine_restarts", doc: "CosineAnnealingWarmRestarts (SGDR, Loshchilov & Hutter, 2017)."),
            .init(name: "cyclic", doc: "CyclicLR (Smith, 2017)."),
            .init(name: "one_cycle", doc: "OneCycleLR (Smith & Topin, 2019)."),
            .init(name: "plateau", doc: "ReduceLROnPlateau: cut the rate when a metric stops improving."),
            .init(name: "annealing", doc: "Simulated annealing of the rate: propose log-normal moves, accept by temperature."),
            .init(name: "bandit", doc: "A bandit (UCB1 or EXP3) picks rate multipliers, rewarded by the loss's fall."),
            .init(name: "sequence", doc: "SequentialLR: child schedules switched at milestones."),
        ],
        keys: keys(nested: false))

    /// A child of a `sequence`: the same keys without `interval` and `warmup`.
    static let nested = SectionSpec(
        .nestedSchedule, doc: "A schedule inside a sequence (interval and warmup belong to the sequence).",
        discriminator: "kind", family: "schedule", kinds: section.kinds, keys: keys(nested: true))

    static let warmup = SectionSpec(
        .warmup, doc: "A linear ramp of the rate in front of the schedule.",
        keys: [
            KeySpec("steps", .integer(ticks), "Length of the ramp in ticks.", required: .always),
            KeySpec("start_factor", .number(.unitOpenBelow), "Factor at the first tick.", default: .number(0.01)),
        ])

    static func keys(nested: Bool) -> [KeySpec] {
        var keys: [KeySpec] = [
            KeySpec("kind", .choice(kinds, what: "schedule"), "The schedule kind.", required: .always),
        ]
        if !nested {
            keys += [
                KeySpec("interval", .choice(["step", "epoch"], what: "interval"),
                        "When the schedule ticks: every update (step) or every epoch.",
                        default: .string("step"), kindDefaults: byKind(("plateau", .string("epoch")))),
                KeySpec("warmup", .section(.warmup), "A linear warmup in front of the schedule."),
            ]
        }
        keys += [
            KeySpec("step_size", .integer(.positive), "Ticks between decays.", kinds: ["step"],
                    required: .forKinds(["step"])),
            KeySpec("step_size", .number(.positive), "Standard deviation of a proposal in log-rate space.",
                    kinds: ["annealing"], default: .number(0.3)),
            KeySpec("gamma", .number(.positive), "Multiplicative factor.",
                    kinds: ["step", "multistep", "exponential", "cyclic"], required: .forKinds(["exponential"]),
                    kindDefaults: byKind(("step", .number(0.1)), ("multistep", .number(0.1)), ("cyclic", .number(1.0)))),
            KeySpec("milestones", milestones, "Ticks at which to decay (multistep) or switch schedules (sequence).",
                    kinds: ["multistep", "sequence"], required: .forKinds(["multistep", "sequence"])),
            KeySpec("total_steps", .integer(ticks), "Length of the schedule in ticks (default: the run's length).",
                    kinds: ["polynomial", "linear", "one_cycle"]),
            KeySpec("power", .number(.positive), "Exponent of the polynomial decay.", kinds: ["polynomial"],
                    default: .number(1.0)),
            KeySpec("start_factor", .number(.unitOpenBelow), "Factor at the first tick.", kinds: ["linear"],
                    default: .number(1.0 / 3.0)),
            KeySpec("end_factor", .number(.unit), "Factor after total_steps.", kinds: ["linear"], default: .number(1.0)),
            KeySpec("t_max", .integer(ticks), "Half period in ticks (default: the run's length).", kinds: ["cosine"]),
            KeySpec("eta_min", .number(.nonNegative), "Lowest rate.", kinds: ["cosine", "cosine_restarts"],
                    default: .number(0.0)),
            KeySpec("t_0", .integer(.positive), "Ticks until the first restart.", kinds: ["cosine_restarts"],
                    required: .forKinds(["cosine_restarts"])),
            KeySpec("t_mult", .integer(.positive), "Factor by which the period grows after a restart.",
                    kinds: ["cosine_restarts"], default: .integer(1)),
            KeySpec("base_lr", .number(.positive), "Lower rate of the cycle.", kinds: ["cyclic"],
                    required: .forKinds(["cyclic"])),
            KeySpec("max_lr", .number(.positive), "Upper rate of the cycle (annealing, bandit: upper bound).",
                    kinds: ["cyclic", "one_cycle", "annealing", "bandit"], required: .forKinds(["cyclic", "one_cycle"]),
                    kindDefaults: byKind(("annealing", .number(10.0)), ("bandit", .number(10.0)))),
            KeySpec("step_size_up", .integer(ticks), "Ticks in the rising half of a cycle.", kinds: ["cyclic"],
                    default: .integer(2000)),
            KeySpec("step_size_down", .integer(ticks), "Ticks in the falling half (default: step_size_up).",
                    kinds: ["cyclic"]),
            KeySpec("mode", .choice(["triangular", "triangular2", "exp_range"], what: "cyclic mode"),
                    "Cycle amplitude policy.", kinds: ["cyclic"], default: .string("triangular")),
            KeySpec("mode", .choice(["min", "max"], what: "plateau mode"),
                    "Whether the monitored metric should fall (min) or rise (max).", kinds: ["plateau"],
                    default: .string("min")),
            KeySpec("cycle_momentum", .bool, "Cycle momentum (SGD) or beta1 (Adam) inversely to the rate.",
                    kinds: ["cyclic", "one_cycle"], default: .bool(true)),
            KeySpec("base_momentum", .number(.unitOpenAbove), "Lower momentum of the cycle.",
                    kinds: ["cyclic", "one_cycle"], kindDefaults: byKind(("cyclic", .number(0.8)), ("one_cycle", .number(0.85)))),
            KeySpec("max_momentum", .number(.unitOpenAbove), "Upper momentum of the cycle.",
                    kinds: ["cyclic", "one_cycle"], kindDefaults: byKind(("cyclic", .number(0.9)), ("one_cycle", .number(0.95)))),
            KeySpec("pct_start", .number(.unitOpen), "Fraction of the cycle spent rising.", kinds: ["one_cycle"],
                    default: .number(0.3)),
            KeySpec("anneal", .choice(["cos", "linear"], what: "annealing strategy"),
                    "Shape of the ramps (torch anneal_strategy).", kinds: ["one_cycle"], default: .string("cos")),
            KeySpec("div_factor", .number(.positive), "Initial rate = max_lr / div_factor.", kinds: ["one_cycle"],
                    default: .number(25.0)),
            KeySpec("final_div_factor", .number(.positive), "Final rate = initial rate / final_div_factor.",
                    kinds: ["one_cycle"], default: .number(1e4)),
            KeySpec("three_phase", .bool, "Use the three-phase variant.", kinds: ["one_cycle"], default: .bool(false)),
            KeySpec("monitor", .choice(["val_loss", "train_loss", "val_accuracy"], what: "metric"),
                    "The metric watched for a plateau.", kinds: ["plateau"], default: .string("val_loss")),
            KeySpec("factor", .number(.unitOpen), "Factor by which the rate is cut.", kinds: ["plateau"],
                    default: .number(0.1)),
            KeySpec("patience", .integer(.nonNegative), "Evaluations without improvement before a cut.",
                    kinds: ["plateau"], default: .integer(10)),
            KeySpec("threshold", .number(.nonNegative), "Smallest change that counts as improvement.",
                    kinds: ["plateau"], default: .number(1e-4)),
            KeySpec("threshold_mode", .choice(["rel", "abs"], what: "threshold mode"),
                    "Whether threshold is relative or absolute.", kinds: ["plateau"], default: .string("rel")),
            KeySpec("cooldown", .integer(.nonNegative), "Evaluations to wait after a cut.", kinds: ["plateau"],
                    default: .integer(0)),
            KeySpec("min_lr", .number(.nonNegative), "Lowest rate.", kinds: ["plateau", "annealing", "bandit"],
                    kindDefaults: byKind(("plateau", .number(0.0)), ("annealing", .number(1e-6)), ("bandit", .number(1e-6)))),
            KeySpec("initial_temperature", .number(.positive), "Starting temperature.", kinds: ["annealing"],
                    default: .number(1.0)),
            KeySpec("cooling", .choice(["exponential", "linear", "logarithmic"], what: "cooling"),
                    "How the temperature falls.", kinds: ["annealing"], default: .string("exponential")),
            KeySpec("cooling_rate", .number(.unitOpen), "Temperature factor per proposal (exponential cooling).",
                    kinds: ["annealing"], default: .number(0.99)),
            KeySpec("proposal_interval", .integer(.positive), "Ticks between proposals.", kinds: ["annealing"],
                    default: .integer(10)),
            KeySpec("arms", .list(.number(.positive), minCount: 2),
                    "Rate multipliers to choose from; each choice multiplies the rate in force.",
                    kinds: ["bandit"], default: .array([.number(0.5), .number(1.0), .number(2.0)])),
            KeySpec("policy", .choice(["ucb1", "exp3"], what: "bandit policy"),
                    "How an arm is chosen: UCB1 (Auer et al., 2002) or EXP3 (Auer et al., 2002).",
                    kinds: ["bandit"], default: .string("ucb1")),
            KeySpec("decision_interval", .integer(ticks), "Ticks between choices of an arm.",
                    kinds: ["bandit"], default: .integer(50)),
            KeySpec("exploration", .number(.nonNegative),
                    "UCB1's c in mean + c*sqrt(2 ln n / n_a) (policy ucb1; 1 is Auer et al.'s UCB1).",
                    kinds: ["bandit"], default: .number(1.0)),
            KeySpec("gamma", .number(.unitOpenBelow), "EXP3's exploration rate (policy exp3).",
                    kinds: ["bandit"], default: .number(0.1)),
            KeySpec("schedules", .sectionList(.nestedSchedule, minCount: 2), "The child schedules, in order.",
                    kinds: ["sequence"], required: .forKinds(["sequence"])),
        ]
        return keys
    }

    /// Builds the typed value and checks relations between keys.
    static func decode(_ f: Fields, reader: inout SectionReader) -> ScheduleConfig? {
        let children = (f.sectionLists["schedules"] ?? []).compactMap { decode($0, reader: &reader) }
        if f.kind == "sequence", let written = f.written("milestones"), let ms = f.ints("milestones"),
            let count = f.sectionLists["schedules"]?.count, count >= 2, ms.count != count - 1
        {
            reader.error(written.location, f.path("milestones"),
                         "expected \(count - 1) milestone\(count == 2 ? "" : "s") for \(count) schedules, got \(ms.count)")
        }
        if f.kind == "cyclic", let base = f.double("base_lr"), let top = f.double("max_lr"), !(base < top) {
            reader.error(f.location("max_lr"), f.path("max_lr"), "'max_lr' must be greater than 'base_lr'")
        }
        if f.kind == "cyclic" || f.kind == "one_cycle", let low = f.double("base_momentum"),
            let high = f.double("max_momentum"), low > high
        {
            reader.error(f.location("base_momentum"), f.path("base_momentum"),
                         "'base_momentum' must not exceed 'max_momentum'")
        }
        if f.kind == "annealing", let low = f.double("min_lr"), let high = f.double("max_lr"), !(low < high) {
            reader.error(f.location("max_lr"), f.path("max_lr"), "'max_lr' must be greater than 'min_lr'")
        }
        if f.kind == "bandit" { checkBandit(f, reader: &reader) }
        guard let kind = f.kind.flatMap(ScheduleConfig.Kind.init) else { return nil }
        let parameters = typedParameters(kind, f, children: children)
        let warmup = f.sections["warmup"].map {
            ScheduleConfig.Warmup(steps: $0.int("steps") ?? 1, startFactor: $0.double("start_factor") ?? 0.01)
        }
        let interval = f.spec.id == .schedule
            ? f.string("interval").flatMap(ScheduleConfig.Interval.init) ?? .step : .step
        return ScheduleConfig(kind: kind, interval: interval, warmup: warmup, parameters: parameters)
    }

    /// The kind's parameters; absent keys take the table's defaults (fallbacks never apply to
    /// a valid file, where required keys are present).
    static func typedParameters(_ kind: ScheduleConfig.Kind, _ f: Fields, children: [ScheduleConfig])
        -> ScheduleParameters
    {
        typealias P = ScheduleParameters
        let d = { (key: String) in f.double(key) ?? 0 }
        let i = { (key: String) in f.int(key) ?? 1 }
        switch kind {
        case .constant: return .constant
        case .step: return .step(stepSize: i("step_size"), gamma: d("gamma"))
        case .multistep: return .multistep(milestones: f.ints("milestones") ?? [], gamma: d("gamma"))
        case .exponential: return .exponential(gamma: d("gamma"))
        case .polynomial: return .polynomial(totalSteps: f.int("total_steps"), power: d("power"))
        case .linear:
            return .linear(startFactor: d("start_factor"), endFactor: d("end_factor"), totalSteps: f.int("total_steps"))
        case .cosine: return .cosine(tMax: f.int("t_max"), etaMin: d("eta_min"))
        case .cosineRestarts: return .cosineRestarts(t0: i("t_0"), tMult: i("t_mult"), etaMin: d("eta_min"))
        case .cyclic:
            return .cyclic(P.Cyclic(
                baseLR: d("base_lr"), maxLR: d("max_lr"), stepSizeUp: i("step_size_up"),
                stepSizeDown: f.int("step_size_down"),
                mode: f.string("mode").flatMap(P.Cyclic.Mode.init) ?? .triangular, gamma: d("gamma"),
                cycleMomentum: f.bool("cycle_momentum") ?? true, baseMomentum: d("base_momentum"),
                maxMomentum: d("max_momentum")))
        case .oneCycle:
            return .oneCycle(P.OneCycle(
                maxLR: d("max_lr"), totalSteps: f.int("total_steps"), pctStart: d("pct_start"),
                anneal: f.string("anneal").flatMap(P.OneCycle.Anneal.init) ?? .cos,
                divFactor: d("div_factor"), finalDivFactor: d("final_div_factor"),
                threePhase: f.bool("three_phase") ?? false, cycleMomentum: f.bool("cycle_momentum") ?? true,
                baseMomentum: d("base_momentum"), maxMomentum: d("max_momentum")))
        case .plateau:
            return .plateau(P.Plateau(
                monitor: f.string("monitor").flatMap(TrainConfig.Metric.init) ?? .valLoss,
                mode: f.string("mode").flatMap(P.Plateau.Mode.init) ?? .min, factor: d("factor"),
                patience: f.int("patience") ?? 10, threshold: d("threshold"),
                thresholdMode: f.string("threshold_mode").flatMap(P.Plateau.ThresholdMode.init) ?? .rel,
                cooldown: f.int("cooldown") ?? 0, minLR: d("min_lr")))
        case .annealing:
            return .annealing(P.Annealing(
                initialTemperature: d("initial_temperature"),
                cooling: f.string("cooling").flatMap(P.Annealing.Cooling.init) ?? .exponential,
                coolingRate: d("cooling_rate"), proposalInterval: i("proposal_interval"),
                stepSize: d("step_size"), minLR: d("min_lr"), maxLR: d("max_lr")))
        case .bandit:
            let exp3 = f.string("policy") == "exp3"
            return .bandit(P.Bandit(
                arms: f.doubles("arms") ?? [0.5, 1.0, 2.0], policy: exp3 ? .exp3 : .ucb1,
                decisionInterval: f.int("decision_interval") ?? 50, exploration: d("exploration"),
                gamma: d("gamma"), minLR: d("min_lr"), maxLR: d("max_lr")))
        case .sequence:
            return .sequence(milestones: f.ints("milestones") ?? [], schedules: children)
        }
    }

    /// A bandit's bounds must be ordered, and `exploration`/`gamma` belong to one policy each.
    static func checkBandit(_ f: Fields, reader: inout SectionReader) {
        if let low = f.double("min_lr"), let high = f.double("max_lr"), !(low < high) {
            reader.error(f.location("max_lr"), f.path("max_lr"), "'max_lr' must be greater than 'min_lr'")
        }
        let policy = f.string("policy") ?? "ucb1"
        for (key, owner) in [("exploration", "ucb1"), ("gamma", "exp3")] where policy != owner && f.has(key) {
            reader.error(f.location(key), f.path(key), "'\(key)' applies to policy '\(owner)', not '\(policy)'")
        }
    }
}
