extension Trainer {
    /// Trains for `options.length`'s epochs on `split.train`, evaluating `split.validation`
    /// after every epoch and `split.test` once at the end with the final parameters.
    ///
    /// - Parameters:
    ///   - shuffle: the trial's `shuffle` stream; one permutation per epoch is drawn from it.
    ///   - onStep: called with every step record as it is made.
    /// - Throws: `TrainingError` before the first update when the options do not fit the data
    ///   (steps instead of epochs, an empty training part, a validation metric without a
    ///   validation part, accuracy on a regression).
    public mutating func train(
        on split: DatasetSplit, shuffle: RandomStream, onStep: (StepRecord) -> Void = { _ in }
    ) throws(TrainingError) -> TrainingResult {
        guard case .epochs(let epochs) = options.length else {
            throw TrainingError("a model trained on data needs 'epochs', not 'steps'")
        }
        var loop = try epochLoop(on: split, shuffle: shuffle, firstStep: 1)
        let monitor = loop.monitor
        var result = emptyResult(for: loop, epochs: epochs)
        var stopper = options.earlyStopping.map(EarlyStopper.init)
        let restoreBest = options.earlyStopping?.restoreBest ?? false
        var bestParameters: [Float]?
        for epoch in 1...epochs {
            guard let record = runEpoch(epoch, of: &loop, into: &result, onStep: onStep) else { break }
            if isBetter(record.monitoredValue(monitor), than: result.bestEpoch?.value(of: monitor), for: monitor) {
                result.bestEpoch = record
                if restoreBest { bestParameters = model.parameters.values }
            }
            if let rule = options.earlyStopping, stopper?.shouldStop(after: record.value(of: rule.metric) ?? .nan) == true {
                result.status = .stopped
                break
            }
        }
        result.finalTrainLoss = result.epochs.last?.trainLoss
        if result.status != .diverged, let best = result.bestEpoch, let saved = bestParameters,
            best.epoch != result.epochs.last?.epoch
        {
            model.parameters.values = saved
            result.restoredEpoch = best
        }
        if result.status != .diverged && split.test.count > 0 {
            result.test = evaluate(split.test, buffer: &loop.buffer)
        }
        return result
    }
}
