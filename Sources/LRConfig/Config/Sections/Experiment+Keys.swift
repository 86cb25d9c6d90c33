/// The key table of the top level of an experiment file, and the checks across sections.
package enum ExperimentKeys {
    package static let section = SectionSpec(
        .experiment, doc: "An lrlab experiment: data, model, initializer, optimizer, schedule, training and sweep.",
        keys: [
            KeySpec("version", .integer(IntegerRule(min: 1, max: 1)), "Format version; must be 1.", required: .always),
            KeySpec("name", .name, "Name of the experiment and of its results directory: [a-z0-9][a-z0-9_-]*.",
                    required: .always),
            KeySpec("description", .string, "Free text."),
            KeySpec("extends", .pathOrPaths,
                    "Base file(s), relative to this file; deep-merged, this file wins, later bases win over earlier."),
            KeySpec("seed", .integer(.nonNegative), "Root seed; every random stream derives from it.",
                    default: .integer(0)),
            KeySpec("data", .section(.data), "The data (not for function models)."),
            KeySpec("model", .section(.model), "The model.", required: .always),
            KeySpec("initializer", .section(.initializer), "Weight initialisation (default: PyTorch's per layer)."),
            KeySpec("optimizer", .section(.optimizer), "The optimizer.", required: .always),
            KeySpec("schedule", .section(.schedule), "The learning-rate schedule (default: constant)."),
            KeySpec("train", .section(.train), "The training loop.", required: .always),
            KeySpec("sweep", .section(.sweep), "Variants to run."),
            KeySpec("output", .section(.output), "Where results go."),
            KeySpec("executor", .section(.executor), "Where trials are trained (default: here)."),
            KeySpec("trainer", .section(.trainer), "The external trainer of a model of kind 'external'."),
        ])

    /// Reads and checks a whole document; returns the experiment when no error was found.
    package static func decode(_ root: ConfigNode, file: String, reader: inout SectionReader,
                       resolvePath: (ConfigNode) -> String) -> Experiment? {
        // Keys a sweep varies count as written (a one_cycle's max_lr may come from the sweep).
        if case .mapping(let entries)? = root["sweep"]?["parameters"]?.content {
            reader.sweptPaths = entries.map(\.key)
        }
        guard let f = reader.read(root, section, path: "") else { return nil }
        let model = f.sections["model"].flatMap { ModelKeys.decode($0, reader: &reader) }
        let data = f.sections["data"].flatMap { DataKeys.decode($0, reader: &reader, resolvePath: resolvePath) }
        let initializer = f.sections["initializer"].flatMap { InitializerKeys.decode($0, reader: &reader) }
        let optimizer = f.sections["optimizer"].flatMap { OptimizerKeys.decode($0, reader: &reader) }
        let schedule = f.sections["schedule"].flatMap { ScheduleKeys.decode($0, reader: &reader) }
        let train = f.sections["train"].map(TrainKeys.decode)
        let sweep = f.sections["sweep"].flatMap { SweepKeys.decode($0, reader: &reader) }
        let output = f.sections["output"].map { OutputKeys.decode($0, reader: &reader) } ?? .default
        let executor = f.sections["executor"].map { ExecutorKeys.decode($0, reader: &reader) } ?? .default
        let trainer = f.sections["trainer"].flatMap { TrainerKeys.decode($0, file: file, reader: &reader) }
        if executor.kind == .slurm, let sweepFields = f.sections["sweep"], sweepFields.string("method") == "pbt",
            let executorFields = f.sections["executor"]
        {
            reader.error(executorFields.location("kind"), executorFields.path("kind"),
                         "sweep method 'pbt' trains its population in one process and cannot run as Slurm job arrays; "
                         + "use 'local' (and submit the whole run as one job if need be)")
        }
        if let kind = f.sections["model"]?.kind.flatMap(ModelKinds.named) {
            if kind == ExternalModelKind.self || f.has("trainer") || data?.source == .external {
                checkExternal(f, modelKind: kind, reader: &reader)
            } else {
                checkAcrossSections(f, modelKind: kind, data: data, reader: &reader)
            }
        }
        if let sweepFields = f.sections["sweep"] { checkSweptKinds(f, sweep: sweepFields, reader: &reader) }

        guard reader.diagnostics.isEmpty, let model, let optimizer, let train, let name = f.string("name")
        else { return nil }
        return Experiment(
            version: f.int("version") ?? 1, name: name, description: f.string("description"),
            seed: f.int("seed") ?? 0, data: model.isExternal ? nil : data, model: model, initializer: initializer,
            optimizer: optimizer,
            schedule: schedule ?? .constant,
            train: train, sweep: sweep, output: output, trainer: trainer, executor: executor, file: file,
            document: root)
    }

    /// Rules that relate sections: function models versus data models, run length, losses.
    package static func checkAcrossSections(_ f: Fields, modelKind: any ModelKind.Type, data: DataConfig?,
                                    reader: inout SectionReader) {
        let train = f.sections["train"]
        let isFunction = !modelKind.trainsOnData
        checkObjectiveIsRecorded(f, train: train, isFunction: isFunction, reader: &reader)
        checkTargetIsRecorded(f, train: train, isFunction: isFunction, data: data, reader: &reader)
        if isFunction {
            if f.has("data") {
                reader.error(keyLocation(f, "data"), "data", "function models take no 'data:' section")
            }
            if f.has("initializer") {
                reader.error(keyLocation(f, "initializer"), "initializer", "function models take no 'initializer:' section")
            }
            if let train {
                for key in ["epochs", "batch_size", "loss", "early_stopping", "metrics", "class_weights"] where train.has(key) {
                    reader.error(keyLocation(train, key), train.path(key), "'\(key)' does not apply to function models")
                }
                if !train.has("steps") {
                    reader.error(train.node.location, "train", "missing required key 'steps' for function models")
                }
            }
        } else {
            if !f.has("data") {
                reader.error(f.node.location, "", "missing required key 'data' for model '\(modelKind.name)'")
            }
            if let train {
                if train.has("steps") {
                    reader.error(keyLocation(train, "steps"), "train.steps",
                                 "'steps' applies only to function models; use 'epochs'")
                }
                if !train.has("epochs") {
                    reader.error(train.node.location, "train", "missing required key 'epochs'")
                }
            }
            if let data, data.source.isRegression == true {
                if modelKind.needsClasses {
                    reader.error(f.sections["model"]?.location("kind") ?? f.node.location, "model.kind",
                                 "model '\(modelKind.name)' needs classification data; '\(data.source.rawValue)' is regression")
                }
                if let loss = train?.string("loss"), loss != "mse", let node = train?.written("loss") {
                    reader.error(node.location, "train.loss",
                                 "loss '\(loss)' needs classification data; '\(data.source.rawValue)' is regression")
                }
                if let node = train?.written("class_weights"), train?.string("class_weights") != "none" {
                    reader.error(node.location, "train.class_weights",
                                 "class weights need classification data; '\(data.source.rawValue)' is regression")
                }
            }
            if train?.string("loss") == "mse", let node = train?.written("class_weights"),
                train?.string("class_weights") != "none"
            {
                reader.error(node.location, "train.class_weights",
                             "class weights apply to 'cross_entropy' and 'binary_cross_entropy', not 'mse'")
            }
            if let data, data.split.validation == 0 {
                let watched = [train?.sections["early_stopping"]?.string("metric"),
                               f.sections["schedule"]?.kind == "plateau" ? f.sections["schedule"]?.string("monitor") : nil]
                if let metric = watched.compactMap({ $0 }).first(where: { $0.hasPrefix("val_") }) {
                    reader.error(f.sections["data"]?.location("split") ?? f.node.location, "data.split.validation",
                                 "'\(metric)' is watched but the validation split is 0")
                }
            }
        }
        if let schedule = f.sections["schedule"] {
            checkRunLength(schedule, train: train, isFunction: isFunction, reader: &reader)
            if isFunction, schedule.string("interval") == "epoch", schedule.written("interval") != nil {
                reader.error(schedule.location("interval"), schedule.path("interval"),
                             "function models have no epochs; use 'step'")
            }
        }
    }

    /// Schedules that default their length to the run's need `train.epochs` or `train.steps`.
    package static func checkRunLength(_ s: Fields, train: Fields?, isFunction: Bool, reader: inout SectionReader) {
        let derivable = isFunction ? train?.written("steps") != nil : train?.written("epochs") != nil
        guard !derivable, let kind = s.kind else { return }
        let lengthKey: String? = switch kind {
        case "one_cycle", "linear", "polynomial": "total_steps"
        case "cosine": "t_max"
        default: nil
        }
        if let lengthKey, !s.has(lengthKey) {
            let source = isFunction ? "train.steps" : "train.epochs"
            reader.error(s.node.location, s.path, "'\(kind)' needs '\(lengthKey)' or '\(source)' to derive its length")
        }
    }

    /// A sweep over a section's kind (`optimizer.kind: [sgd, adam]`) must suit the keys written
    /// beside it: every written key must apply to each swept kind, and each kind's required
    /// keys must be written or swept too.
    package static func checkSweptKinds(_ f: Fields, sweep: Fields, reader: inout SectionReader) {
        let parameters = sweep.written("parameters")?.entries ?? []
        // A case setting a kind (`{name: adam, optimizer.kind: adam}`) inherits the section's
        // other keys just as a swept kind does.
        let caseEntries = (sweep.written("cases")?.sequenceItems ?? []).flatMap { item in
            (item.entries ?? []).filter { $0.key != "name" }.map { (entry: $0, name: SweepCase.name(item) ?? "") }
        }
        let swept = parameters.map(\.key) + caseEntries.map(\.entry.key)
        let entries = parameters.map { (entry: $0, caseName: String?.none) } + caseEntries.map { ($0.entry, $0.name) }
        for (parameter, caseName) in entries {
            let parts = parameter.key.split(separator: ".").map(String.init)
            guard parts.count == 2, let section = f.sections[parts[0]],
                section.spec.discriminator == parts[1]
            else { continue }
            let values: [ConfigNode]
            switch parameter.value.content {
            case .sequence(let items): values = items
            case .mapping: values = (parameter.value["values"]?.content).flatMap {
                    if case .sequence(let items) = $0 { items } else { nil }
                } ?? []
            case .scalar: values = caseName == nil ? [] : [parameter.value]
            }
            let spec = section.spec
            for value in values {
                guard case .string(let kind)? = value.scalar, spec.kindNames.contains(kind) else { continue }
                let path = caseName == nil ? "\(sweep.path("parameters")).\(parameter.key)" : sweep.path("cases")
                let fix = caseName.map { "give the case the whole mapping instead, e.g. '{name: \($0), \(parts[0]): {\(parts[1]): \(kind), …}}'" }
                    ?? "sweep whole mappings instead, e.g. '\(sweep.path("parameters")).\(parts[0]): [{\(parts[1]): \(kind)}, {…}]'"
                for key in section.present where key != parts[1] {
                    if spec.key(key, kind: kind) == nil, spec.keys.contains(where: { $0.name == key }) {
                        reader.error(value.location, path,
                                     "'\(key)' does not apply to \(spec.family) '\(kind)' (written at \(section.path(key))); "
                                     + "to give each kind its own keys, " + fix)
                    }
                }
                for name in spec.keyNames where !section.has(name) && !swept.contains("\(parts[0]).\(name)") {
                    if spec.keys.contains(where: { $0.name == name && $0.isRequired(for: kind) }) {
                        reader.error(value.location, path, "\(spec.family) '\(kind)' needs '\(parts[0]).\(name)'")
                    }
                }
            }
        }
    }

    package static func keyLocation(_ f: Fields, _ key: String) -> SourceLocation {
        f.node.entries?.last(where: { $0.key == key })?.keyLocation ?? f.node.location
    }

    /// An objective `val_<name>`/`test_<name>` of a classification metric needs that metric in
    /// `train.metrics`, or no trial would report it.
    package static func checkObjectiveIsRecorded(_ f: Fields, train: Fields?, isFunction: Bool, reader: inout SectionReader) {
        if let objective = f.sections["sweep"]?.sections["objective"], let metric = objective.string("metric"),
            metric.hasPrefix("best_")
        {
            let monitored = monitoredMetric(f, train: train, isFunction: isFunction)
            if metric != "best_" + monitored {
                reader.error(objective.location("metric"), objective.path("metric"),
                             "objective '\(metric)' is recorded only when training monitors '\(metric.dropFirst(5))'; "
                             + "this run monitors '\(monitored)' (set by train.early_stopping.metric or a plateau's monitor)")
            }
        }
        guard let objective = f.sections["sweep"]?.sections["objective"], let metric = objective.string("metric"),
            let name = ["val_", "test_"].first(where: metric.hasPrefix).map({ String(metric.dropFirst($0.count)) }),
            let extra = TrainConfig.ExtraMetric(rawValue: name),
            !(train?.strings("metrics") ?? []).contains(extra.rawValue)
        else { return }
        reader.error(objective.location("metric"), objective.path("metric"),
                     "objective '\(metric)' is recorded only with '\(name)' in 'train.metrics'")
    }

    /// `sweep.objective.epochs_to` watches a metric measured after every epoch: a data model's,
    /// a `val_` one with a validation part, a classification metric on classes and in
    /// `train.metrics`.
    package static func checkTargetIsRecorded(_ f: Fields, train: Fields?, isFunction: Bool, data: DataConfig?,
                                      reader: inout SectionReader) {
        guard let target = f.sections["sweep"]?.sections["objective"]?.sections["epochs_to"],
            let metric = target.string("metric")
        else { return }
        let at = target.location("metric"), path = target.path("metric")
        if isFunction {
            reader.error(at, path, "function models have no epochs; 'epochs_to' needs a model trained on data")
            return
        }
        let name = metric.hasPrefix("val_") ? String(metric.dropFirst(4)) : nil
        if let name, let extra = TrainConfig.ExtraMetric(rawValue: name),
            !(train?.strings("metrics") ?? []).contains(extra.rawValue)
        {
            reader.error(at, path, "'\(metric)' is measured each epoch only with '\(name)' in 'train.metrics'")
        } else if name != nil, data?.split.validation == 0 {
            reader.error(at, path, "'\(metric)' is not measured: the validation split is 0")
        } else if let data, data.source.isRegression == true, TrainConfig.isMaximised(metric) {
            reader.error(at, path, "'\(metric)' needs classification data; '\(data.source.rawValue)' is regression")
        }
    }

    /// The metric the best epoch is chosen by, as the trainer resolves it: a plateau schedule's
    /// monitor, else the early-stopping metric, else `val_loss` (`train_loss` for function
    /// models and without a validation part).
    package static func monitoredMetric(_ f: Fields, train: Fields?, isFunction: Bool) -> String {
        if isFunction { return "train_loss" }
        if let schedule = f.sections["schedule"], schedule.kind == "plateau", let monitor = schedule.string("monitor") {
            return monitor
        }
        if let stopping = train?.sections["early_stopping"], let metric = stopping.string("metric") { return metric }
        if let validation = f.sections["data"]?.sections["split"]?.double("validation"), validation == 0 { return "train_loss" }
        return "val_loss"
    }
}
