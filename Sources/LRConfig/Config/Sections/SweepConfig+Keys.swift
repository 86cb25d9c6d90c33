/// The key tables of `sweep:` and its decoding.
package enum SweepKeys {
    package static let section = SectionSpec(
        .sweep, doc: "Which variants of the experiment to run.",
        discriminator: "method", family: "sweep method",
        kinds: [
            .init(name: "grid", doc: "Every combination of the listed values."),
            .init(name: "random", doc: "trials random draws (Bergstra & Bengio, 2012)."),
            .init(name: "annealing", doc: "Simulated annealing over the parameters."),
            .init(name: "halving", doc: "Successive halving / Hyperband (Li et al., 2018)."),
            .init(name: "pbt", doc: "Population-based training (Jaderberg et al., 2017)."),
        ],
        keys: [
            KeySpec("method", .choice(SweepConfig.Method.allCases.map(\.rawValue), what: "sweep method"),
                    "The search method.", required: .always),
            KeySpec("parameters", .parameterMap,
                    "Dotted paths to lists of values or distributions (grid: may be left out to replicate seeds only).",
                    required: .forKinds(["random", "annealing", "halving", "pbt"])),
            KeySpec("cases", .caseList,
                    "Named cases crossed with the grid: each sets the paths it names (e.g. an optimizer with its own rate) and labels its configurations by its name.",
                    kinds: ["grid", "halving"]),
            KeySpec("trials", .integer(IntegerRule(min: 1, max: 1_000_000)),
                    "Number of trials (random, annealing); halving: random configurations when a parameter is a distribution.",
                    kinds: ["random", "annealing", "halving"], required: .forKinds(["random", "annealing"])),
            KeySpec("seeds", .list(.integer(.nonNegative), minCount: 1), "Replicate seeds of every configuration."),
            KeySpec("objective", .section(.objective), "What the sweep optimises."),
            KeySpec("initial_temperature", .number(.positive), "Starting temperature.", kinds: ["annealing"],
                    default: .number(1.0)),
            KeySpec("cooling_rate", .number(.unitOpen), "Temperature factor per trial.", kinds: ["annealing"],
                    default: .number(0.9)),
            KeySpec("min_epochs", .integer(IntegerRule(min: 1, max: Limits.maxEpochs)), "Budget of the first rung.", kinds: ["halving"],
                    default: .integer(1)),
            KeySpec("max_epochs", .integer(IntegerRule(min: 1, max: Limits.maxEpochs)), "Budget of the last rung (default: train.epochs).",
                    kinds: ["halving"]),
            KeySpec("reduction_factor", .integer(IntegerRule(min: 2)), "Keep 1/reduction_factor per rung.",
                    kinds: ["halving"], default: .integer(3)),
            KeySpec("brackets", .integer(.positive), "Hyperband brackets.", kinds: ["halving"], default: .integer(1)),
            KeySpec("population", .integer(IntegerRule(min: 2, max: Limits.maxPopulation)), "Members of the population.", kinds: ["pbt"],
                    default: .integer(8)),
            KeySpec("interval", .integer(.positive), "Epochs between exploit/explore rounds.", kinds: ["pbt"],
                    default: .integer(1)),
            KeySpec("fraction", .number(NumberRule(min: 0, minExclusive: true, max: 0.5)),
                    "Fraction of the population replaced each round.", kinds: ["pbt"], default: .number(0.25)),
            KeySpec("perturb", .list(.number(.positive), minCount: 1), "Factors applied to copied values.",
                    kinds: ["pbt"], default: .array([.number(0.8), .number(1.2)])),
        ])

    /// What a sweep can rank by: the recorded losses and accuracies, and every classification
    /// metric `train.metrics` can add.
    package static let objectiveMetrics = TrainKeys.metrics + ["test_loss", "test_accuracy"]
        + TrainConfig.ExtraMetric.allCases.flatMap { ["val_\($0.rawValue)", "test_\($0.rawValue)"] }
        + TrainKeys.metrics.map { "best_" + $0 }

    package static let objective = SectionSpec(
        .objective, doc: "What the sweep optimises.",
        keys: [
            KeySpec("metric", .choice(objectiveMetrics, what: "metric"),
                    "The metric: a final value, the best value of the monitored metric (best_<metric>), "
                    + "or a val_<name>/test_<name> of train.metrics.",
                    default: .string("val_loss")),
            KeySpec("goal", .choice(["minimize", "maximize"], what: "goal"),
                    "Direction (default: maximize for accuracies, AUCs, precision, recall, specificity and F1; "
                    + "minimize for losses)."),
            KeySpec("baseline", .configurationRef,
                    "The configuration every other is compared with (grid sweeps): a case name, or dotted paths to the "
                    + "values that single it out, e.g. {optimizer.kind: sgd} or {case: sgd-fast, train.batch_size: 32}. Without one, every configuration is "
                    + "compared with the best."),
            KeySpec("epochs_to", .section(.epochsTo),
                    "Instead of metric: rank by the first epoch at which a metric reaches a value (fewer is better; "
                    + "grid and random sweeps). Recorded per trial as epochs_to_<metric>_<value>; a trial that never "
                    + "reaches it has none, and configurations are ranked first by how many seeds reached it."),
        ])

    /// What `epochs_to` can watch: the metrics measured after every epoch.
    package static let epochMetrics = TrainKeys.metrics + TrainConfig.ExtraMetric.allCases.map { "val_\($0.rawValue)" }

    package static let epochsTo = SectionSpec(
        .epochsTo, doc: "A target: the first epoch at which a metric reaches a value.",
        keys: [
            KeySpec("metric", .choice(epochMetrics, what: "metric"),
                    "The metric measured after each epoch (a val_<name> of train.metrics, or a loss or val_accuracy).",
                    required: .always),
            KeySpec("value", .number(.finite),
                    "The value to reach: at least this for metrics where higher is better, at most this for losses.",
                    required: .always),
        ])

    package static let distribution = SectionSpec(
        .distribution, doc: "A distribution a parameter is drawn from.",
        discriminator: "distribution", family: "distribution",
        kinds: [
            .init(name: "uniform", doc: "U(min, max)."),
            .init(name: "log_uniform", doc: "exp(U(log min, log max)); min > 0."),
            .init(name: "int_uniform", doc: "An integer in [min, max]."),
            .init(name: "choice", doc: "One of values, uniformly."),
        ],
        keys: [
            KeySpec("distribution", .choice(["uniform", "log_uniform", "int_uniform", "choice"], what: "distribution"),
                    "The distribution.", required: .always),
            KeySpec("min", .number(.finite), "Lower bound.", kinds: ["uniform", "log_uniform", "int_uniform"],
                    required: .forKinds(["uniform", "log_uniform", "int_uniform"])),
            KeySpec("max", .number(.finite), "Upper bound.", kinds: ["uniform", "log_uniform", "int_uniform"],
                    required: .forKinds(["uniform", "log_uniform", "int_uniform"])),
            KeySpec("values", .list(.anything, minCount: 1), "The choices.", kinds: ["choice"],
                    required: .forKinds(["choice"])),
        ])

    /// Relations inside one distribution, and its values against the swept key's type.
    package static func checkDistribution(_ f: Fields, target: ValueType, reader: inout SectionReader) {
        if let lo = f.double("min"), let hi = f.double("max") {
            if !(lo < hi) { reader.error(f.location("max"), f.path("max"), "'max' must be greater than 'min'") }
            if f.kind == "log_uniform", !(lo > 0) {
                reader.error(f.location("min"), f.path("min"), "log_uniform needs 'min' > 0")
            }
            if f.kind == "int_uniform" {
                for key in ["min", "max"] where f.int(key) == nil {
                    reader.error(f.location(key), f.path(key), "int_uniform needs integer bounds")
                }
            }
        }
        if case .sequence(let items)? = f.written("values")?.content {
            for (i, item) in items.enumerated() { _ = reader.check(item, target, path: "\(f.path("values"))[\(i)]") }
        }
    }

    /// `objective.epochs_to` as a target, after the checks within the objective: not beside
    /// `metric` or `goal`, only for grid and random sweeps (the adaptive ones compare
    /// configurations at budgets where most trials have not reached it yet), and a value the
    /// metric can take.
    package static func checkedTarget(_ objective: Fields, method: SweepConfig.Method, reader: inout SectionReader) -> SweepConfig.Target? {
        guard let section = objective.sections["epochs_to"], let metric = section.string("metric"),
            let value = section.double("value")
        else { return nil }
        let at = objective.written("epochs_to")?.location ?? objective.node.location
        for key in ["metric", "goal"] where objective.written(key) != nil {
            reader.error(objective.location(key), objective.path(key),
                         "give 'metric' or 'epochs_to', not both"
                         + (key == "goal" ? " ('epochs_to' always prefers fewer epochs)" : ""))
        }
        if ![.grid, .random].contains(method) {
            reader.error(at, objective.path("epochs_to"),
                         "'epochs_to' ranks grid and random sweeps; '\(method.rawValue)' compares configurations "
                         + "before most have trained long enough to reach a target")
        }
        let isLoss = !TrainConfig.isMaximised(metric)
        if isLoss ? !(value >= 0) : !(value >= 0 && value <= 1) {
            reader.error(section.location("value"), section.path("value"),
                         "'\(metric)' never reaches \(value): it lies in \(isLoss ? "[0, ∞)" : "[0, 1]")")
        }
        return SweepConfig.Target(metric: metric, value: value)
    }

    package static func decode(_ f: Fields, reader: inout SectionReader) -> SweepConfig? {
        var parameters: [SweepConfig.Parameter] = []
        for entry in f.written("parameters")?.entries ?? [] {
            switch entry.value.content {
            case .sequence(let items):
                parameters.append(.init(path: entry.key, values: .list(items)))
            case .mapping where SweepLRFindKeys.isLRFind(entry.value):
                let (suggestion, factors) = SweepLRFindKeys.decode(entry.value)
                parameters.append(.init(path: entry.key, values: .list([]),
                                        lrFind: .init(suggestion: suggestion, factors: factors)))
            case .mapping:
                let d = entry.value
                let lo = d["min"]?.number ?? 0
                let hi = d["max"]?.number ?? 0
                let distribution: SweepConfig.Distribution
                switch d["distribution"]?.scalar {
                case .string("log_uniform")?: distribution = .logUniform(min: lo, max: hi)
                case .string("int_uniform")?: distribution = .intUniform(min: Int(exactly: lo) ?? 0, max: Int(exactly: hi) ?? 0)
                case .string("choice")?:
                    if case .sequence(let items)? = d["values"]?.content { distribution = .choice(items) } else { continue }
                default: distribution = .uniform(min: lo, max: hi)
                }
                if f.kind == "grid", case .choice = distribution {} else if f.kind == "grid" {
                    reader.error(d.location, "\(f.path("parameters")).\(entry.key)",
                                 "a grid sweep needs a list of values or a 'choice' distribution")
                }
                parameters.append(.init(path: entry.key, values: .distribution(distribution)))
            case .scalar:
                continue
            }
        }
        guard let method = f.kind.flatMap(SweepConfig.Method.init) else { return nil }
        // A grid without parameters is its one configuration, replicated over the seeds; the
        // other methods search, so they need something to search over.
        if method != .grid, let written = f.written("parameters"), written.entries?.isEmpty == true {
            reader.error(written.location, f.path("parameters"), "expected at least one parameter for method '\(method.rawValue)'")
        }
        if let lo = f.int("min_epochs"), let hi = f.written("max_epochs")?.number, Double(lo) > hi {
            reader.error(f.location("max_epochs"), f.path("max_epochs"), "'max_epochs' must not be less than 'min_epochs'")
        }
        let cases = SweepCaseKeys.decode(f, parameters: parameters, reader: &reader)
        let objective = f.sections["objective"]
        let metric = objective?.string("metric") ?? "val_loss"
        let baseline = objective.flatMap { SweepCaseKeys.baseline($0, method: method, cases: cases, reader: &reader) }
        let target = objective.flatMap { checkedTarget($0, method: method, reader: &reader) }
        var chosen = target.map(SweepConfig.Objective.init(target:))
            ?? .init(metric: metric, maximize: objective?.string("goal").map { $0 == "maximize" }
                         ?? TrainConfig.isMaximised(metric))
        chosen.baseline = baseline
        var sweep = SweepConfig(
            method: method, parameters: parameters, trials: f.int("trials"), seeds: f.ints("seeds") ?? [],
            objective: chosen,            initialTemperature: method == .annealing ? f.double("initial_temperature") : nil,
            coolingRate: method == .annealing ? f.double("cooling_rate") : nil,
            minEpochs: method == .halving ? f.int("min_epochs") : nil, maxEpochs: f.int("max_epochs"),
            reductionFactor: method == .halving ? f.int("reduction_factor") : nil,
            brackets: method == .halving ? f.int("brackets") : nil,
            population: method == .pbt ? f.int("population") : nil,
            interval: method == .pbt ? f.int("interval") : nil,
            fraction: method == .pbt ? f.double("fraction") : nil,
            perturb: method == .pbt ? f.doubles("perturb") ?? [] : [])
        sweep.cases = cases
        return sweep
    }
}
