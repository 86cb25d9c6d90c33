/// The rules of an experiment whose model an external trainer trains (`model.kind: external`
/// with `trainer:`): lrlab keeps the schedule, the epochs, early stopping, divergence and the
/// searches; what the trainer computes itself (data, initialisation, losses, gradients) is
/// not lrlab's to configure, so those keys are errors rather than silently ignored.
extension ExperimentKeys {
    package static func checkExternal(_ f: Fields, modelKind: any ModelKind.Type, reader: inout SectionReader) {
        let isExternal = modelKind == ExternalModelKind.self
        if !isExternal {
            let at = f.sections["trainer"].map { _ in keyLocation(f, "trainer") } ?? f.sections["data"]?.location("source")
            reader.error(at ?? f.node.location, f.has("trainer") ? "trainer" : "data.source",
                         f.has("trainer") ? "'trainer:' trains a model of kind 'external', not '\(modelKind.name)'"
                            : "data source 'external' is loaded by an external trainer; it needs model kind 'external'")
            return
        }
        if !f.has("trainer") {
            reader.error(f.sections["model"]?.location("kind") ?? f.node.location, "model.kind",
                         "model 'external' needs a 'trainer:' section naming the program that trains it")
        }
        if let data = f.sections["data"] {
            if data.kind != "external" {
                reader.error(data.location("source"), data.path("source"),
                             "an external trainer loads its own data: use 'source: external' (with 'params') or leave 'data:' out")
            }
            for key in data.present where key != "source" && key != "params" {
                reader.error(data.location(key), data.path(key), "'\(key)' does not apply to data the trainer loads itself")
            }
        }
        if f.has("initializer") {
            reader.error(keyLocation(f, "initializer"), "initializer",
                         "an external trainer initialises its own model; pass settings in 'model.params'")
        }
        let train = f.sections["train"]
        if let train {
            for key in ["steps", "loss", "clip_grad_norm", "metrics", "class_weights"] where train.has(key) {
                reader.error(keyLocation(train, key), train.path(key),
                             "'\(key)' does not apply to an external trainer (it computes its own losses and "
                                + "gradients); pass settings in 'model.params'")
            }
            if !train.has("epochs") {
                reader.error(train.node.location, "train", "missing required key 'epochs'")
            }
            if let stopping = train.sections["early_stopping"], stopping.bool("restore_best") == true {
                reader.error(stopping.location("restore_best"), stopping.path("restore_best"),
                             "lrlab cannot restore an external trainer's parameters; checkpoint in the trainer instead")
            }
        }
        if let schedule = f.sections["schedule"] {
            checkExternalRunLength(f, schedule: schedule, train: train, reader: &reader)
        }
        checkObjectiveIsRecorded(f, train: train, isFunction: false, reader: &reader)
        if let optimizer = f.sections["optimizer"], let kind = optimizer.kind, [SGDHDKind.name, AdamHDKind.name].contains(kind) {
            reader.error(optimizer.location("kind"), optimizer.path("kind"),
                         "optimizer '\(kind)' learns its rate from gradients lrlab does not see; an external trainer "
                            + "needs a scheduled optimizer")
        }
        if let sweep = f.sections["sweep"], let parameters = sweep.written("parameters")?.entries {
            for entry in parameters where entry.value["from"] != nil {
                reader.error(entry.value.location, "\(sweep.path("parameters")).\(entry.key)",
                             "'from: lr_find' runs lrlab's own model; an external trainer's rate cannot come from it")
            }
        }
    }

    /// Schedules that count updates need the trainer's updates per epoch to derive a length
    /// from `train.epochs`: `trainer.steps_per_epoch`, or the schedule's own length key.
    private static func checkExternalRunLength(_ f: Fields, schedule: Fields, train: Fields?, reader: inout SectionReader) {
        guard schedule.string("interval") != "epoch", f.sections["trainer"]?.has("steps_per_epoch") != true,
            let kind = schedule.kind
        else {
            checkRunLength(schedule, train: train, isFunction: false, reader: &reader)
            return
        }
        let lengthKey: String? = switch kind {
        case "one_cycle", "linear", "polynomial": "total_steps"
        case "cosine": "t_max"
        default: nil
        }
        if let lengthKey, !schedule.has(lengthKey) {
            reader.error(schedule.node.location, schedule.path,
                         "'\(kind)' counts updates: set '\(lengthKey)' or 'trainer.steps_per_epoch' to derive it from train.epochs")
        }
    }
}
