import Foundation
import LRConfig
import LREngine
import LRTrial

/// What one trial will need, worked out from its configuration before anything is built: its
/// data's shape, its model's parameters, its working memory and its curve's size.
///
/// Sweep expansion sizes every configuration it resolves, so `validate`, `plan` and `run`
/// refuse the same trials (one function), and a trial too large for ``Limits`` is a located
/// error instead of an allocation that fails inside the run. Data settings go through the
/// same checks as at run time (``DataSource/shape()``): a purchases source with 12 features, a
/// CSV file without its target column or with a bad cell fail here, once, not once per trial.
package struct TrialSize {
    package var parameters: Double
    /// Estimated bytes: parameters, gradients and optimizer state; the batch's activations;
    /// the dataset.
    package var bytes: Double
    /// Updates, i.e. rows of `curve.csv`.
    package var updates: Double
    /// The most columns `curve.csv` can have for this trial.
    package var columns: Int

    package var curveCells: Double { updates * Double(columns) }

    /// Copies of the parameters a trial holds: values, gradients, up to three optimizer
    /// slots (Adam's moments, a hypergradient's previous step) and the initializer's scratch.
    package static let parameterCopies = 6.0
    package static let bytesPerFloat = 4.0
}

/// Sizes trials, remembering data shapes by data settings: the trials of a sweep share their
/// data unless the sweep varies it, and a CSV file is read once.
package struct TrialSizer {
    private var shapes: [ShapeKey: Result<DatasetShape, SizeProblem>] = [:]

    /// The data settings a shape depends on.
    private struct ShapeKey: Hashable {
        var source: String, samples: Int?, features: Int?, classes: Int?, noise: Double?, buyRate: Double?
        var path: String?, target: String?
        var csv: CSVOptions?, idx: DataConfig.IDXSettings?
    }

    /// The size of `experiment` trained for `epochs` (default `train.epochs`), or the problems
    /// that stop it, located in the experiment's document. `schedules`: whether the trial
    /// trains with its own schedule (pbt replaces it by the member's rate). `target`: the
    /// sweep's `epochs_to`, whose metric the data must be able to give.
    package mutating func size(
        _ experiment: Experiment, epochs: Int? = nil, schedules: Bool = true, target: SweepConfig.Target? = nil
    ) -> Result<TrialSize, SizeProblem> {
        if experiment.model.isExternal {
            // The trainer holds the model and the data; lrlab holds the curve.
            let perEpoch = Double(experiment.trainer?.stepsPerEpoch ?? 1)
            let size = TrialSize(
                parameters: 0, bytes: 0, updates: Double(epochs ?? experiment.train.epochs ?? 0) * perEpoch,
                columns: Self.curveColumns(experiment, classification: false))
            return check(size, experiment).flatMap { size in
                checkSchedule(size, experiment, trainRows: 0, epochs: epochs, schedules: schedules)
            }
        }
        if let coordinates = experiment.model.kind.coordinates {
            let dimension = Double(coordinates)
            let size = TrialSize(
                parameters: dimension, bytes: dimension * TrialSize.parameterCopies * TrialSize.bytesPerFloat,
                updates: Double(experiment.train.steps ?? 0), columns: Self.curveColumns(experiment, classification: false))
            return check(size, experiment).flatMap { size in checkSchedule(size, experiment, trainRows: 0, epochs: epochs, schedules: schedules) }
        }
        guard let config = experiment.data else { return .failure(SizeProblem(experiment, at: "data", "a data model needs 'data'")) }
        let shape: DatasetShape
        switch dataShape(config, experiment) {
        case .success(let found): shape = found
        case .failure(let problem): return .failure(problem)
        }
        if !experiment.train.metrics.isEmpty, shape.classes == nil {
            return .failure(SizeProblem(experiment, at: "train.metrics",
                                        "classification metrics need classification data; this data is regression"))
        }
        if let target, target.rises, shape.classes == nil {
            return .failure(SizeProblem(experiment, at: "data",
                                        "the objective's 'epochs_to' watches '\(target.metric)', which needs classification data; "
                                        + "this data is regression"))
        }
        if let weights = experiment.train.classWeights {
            guard let classes = shape.classes else {
                return .failure(SizeProblem(experiment, at: "train.class_weights",
                                            "class weights need classification data; this data is regression"))
            }
            if case .given(let given) = weights, given.count != classes {
                return .failure(SizeProblem(experiment, at: "train.class_weights",
                                            "\(given.count) class weights for \(classes) classes; give one per class"))
            }
        }
        let fractions = config.split
        let trainRows = (try? SplitFractions(train: fractions.train, validation: fractions.validation, test: fractions.test))?
            .sizes(for: shape.samples).train ?? 0
        guard trainRows >= 1 else {
            return .failure(SizeProblem(experiment, at: "data.split",
                                        "the training part is empty (\(shape.samples) samples)"))
        }
        let batch = Double(min(experiment.train.batchSize, trainRows))
        let outputs = Double(shape.classes ?? 1)
        let widths = [Double(shape.features)] + experiment.model.hidden.map(Double.init) + [outputs]
        let parameters = zip(widths, widths.dropFirst()).reduce(0.0) { $0 + ($1.0 + 1) * $1.1 }
        // DenseNetwork's workspace: pre-activations and activations of every layer, two
        // delta rows of the widest layer; the batch buffer holds the batch's inputs and targets.
        let layers = widths.dropFirst()
        let workspace = batch * (2 * layers.reduce(0, +) + 2 * (layers.max() ?? 0) + widths[0] + outputs)
        // The generated rows (Double), the Float features and their standardised copy.
        let dataset = Double(shape.samples) * Double(shape.features) * 4
        let bytes = (parameters * TrialSize.parameterCopies + workspace + dataset) * TrialSize.bytesPerFloat
        let batches = (Double(trainRows) / batch).rounded(.up)
        let size = TrialSize(
            parameters: parameters, bytes: bytes,
            updates: Double(epochs ?? experiment.train.epochs ?? 0) * batches,
            columns: Self.curveColumns(experiment, classification: shape.classes != nil))
        return check(size, experiment).flatMap { size in checkSchedule(size, experiment, trainRows: trainRows, epochs: epochs, schedules: schedules) }
    }

    /// Refuses a size beyond ``Limits``, and `param_groups` globs that match no parameter of
    /// the model (the check training makes, made before it).
    private func check(_ size: TrialSize, _ experiment: Experiment) -> Result<TrialSize, SizeProblem> {
        let names = Self.parameterNames(experiment)
        // An external trainer names its own parameter groups; lrlab cannot see them.
        for (index, group) in experiment.optimizer.paramGroups.enumerated()
        where !experiment.model.isExternal && !names.contains(where: Glob(group.match).matches) {
            let listed = names.map { "'\($0)'" }.joined(separator: ", ")
            return .failure(SizeProblem(experiment, at: "optimizer.param_groups.\(index).match", """
                "\(group.match)" matches no parameter (the model has \(listed))
                """))
        }
        if size.bytes > Double(Limits.maxTrialBytes) {
            let at = !experiment.model.hidden.isEmpty && experiment.document["model"]?["hidden"] != nil ? "model.hidden" : "model"
            return .failure(SizeProblem(experiment, at: at, """
                the trial would need about \(Self.gibibytes(size.bytes)) GiB of memory \
                (\(Self.integer(size.parameters)) parameters); at most \(Limits.maxTrialBytes >> 30) GiB per trial
                """))
        }
        if size.curveCells > Double(Limits.maxCurveCells) {
            let key = experiment.model.trainsOnData ? "epochs" : "steps"
            return .failure(SizeProblem(experiment, at: "train.\(key)", """
                the curve would have \(Self.integer(size.updates)) updates × \(size.columns) columns; \
                at most \(Limits.maxCurveCells) cells (curve.csv must stay readable as a bundle file)
                """))
        }
        return .success(size)
    }

    /// The model's tensor names, as the engine's models name them.
    package static func parameterNames(_ experiment: Experiment) -> [String] {
        guard experiment.model.trainsOnData else { return [FunctionModel.parameterName] }
        let layers = experiment.model.hidden.count + 1
        return (0..<layers).flatMap { layer in
            let names = DenseNetwork.parameterNames(layer: layer)
            return [names.weight, names.bias]
        }
    }

    /// The data's shape, from memory when these settings were seen before.
    private mutating func dataShape(_ config: DataConfig, _ experiment: Experiment) -> Result<DatasetShape, SizeProblem> {
        let key = ShapeKey(source: config.source.rawValue, samples: config.samples, features: config.features,
                           classes: config.classes, noise: config.noise, buyRate: config.buyRate,
                           path: config.path, target: config.target, csv: config.csv, idx: config.idx)
        if let known = shapes[key] { return known }
        let found: Result<DatasetShape, SizeProblem>
        if let source = TrialRunner.dataSource(config) {
            do {
                found = .success(try source.shape())
            } catch let error as CSVError {
                found = .failure(SizeProblem(csv: error, experiment))
            } catch let error as IDXError {
                let key = error.file == config.idx?.labels ? "data.labels" : "data.images"
                found = .failure(SizeProblem(experiment, at: key, "'\(error.file)': \(error.message)"))
            } catch {
                found = .failure(SizeProblem(experiment, at: Self.dataKey(in: "\(error)", experiment), "\(error)"))
            }
        } else {
            found = config.source == .idx
                ? .failure(SizeProblem(experiment, at: "data", "an idx source needs 'images' and 'labels'"))
                : .failure(SizeProblem(experiment, at: "data.path", "a csv source needs 'path'"))
        }
        shapes[key] = found
        return found
    }

    /// The written `data:` key a generator's message names first (`'features' for
    /// 'purchases' must be …`), else `data`.
    package static func dataKey(in message: String, _ experiment: Experiment) -> String {
        let named = ["samples", "features", "classes", "noise", "buy_rate"].compactMap { key in
            message.range(of: "'\(key)'").map { (key, $0.lowerBound) }
        }.sorted { $0.1 < $1.1 }
        let written = named.first { experiment.document["data"]?[$0.0] != nil }
        return written.map { "data.\($0.0)" } ?? "data"
    }

    /// Every column `curve.csv` may have: step, (epoch), lr, momentum, train_loss, grad_norm,
    /// (val_loss, val_accuracy), a function's recorded coordinates, annealing's temperature and
    /// accepted, and three effective-step percentiles per layer for adaptive optimizers.
    package static func curveColumns(_ experiment: Experiment, classification: Bool) -> Int {
        if experiment.model.isExternal {
            // step, epoch, lr, momentum, train_loss, grad_norm and the reported metrics.
            return ExternalTrial.maxCurveColumns
        }
        let isFunction = !experiment.model.trainsOnData
        var columns = isFunction ? 5 : 7
        if let coordinates = experiment.model.kind.coordinates, coordinates <= Trainer.recordedCoordinateLimit {
            columns += coordinates
        }
        if classification { columns += 1 }
        let optimizer = experiment.optimizer.name
        if optimizer != SGDKind.name && optimizer != SGDHDKind.name {
            columns += 3 * (isFunction ? 1 : experiment.model.hidden.count + 1)
        }
        if [AnnealingScheduleKind.name, SequenceScheduleKind.name].contains(experiment.schedule.name) { columns += 2 }
        return columns
    }

    package static func gibibytes(_ bytes: Double) -> String {
        let value = bytes / Double(1 << 30)
        return value >= 1000 ? integer(value) : String(format: "%.1f", value)
    }

    package static func integer(_ value: Double) -> String {
        value < 1e18 ? String(Int64(value.rounded())) : String(format: "%.3g", value)
    }
}
