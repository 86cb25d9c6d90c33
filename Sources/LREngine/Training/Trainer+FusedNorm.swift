import CKernels

extension Trainer {
    /// The update after the backward pass, with the gradient norm summed inside the
    /// optimizer's own loop (`Optimizer.stepSummingSquares`) instead of in a pass of its own —
    /// when that gives exactly what `update` records otherwise: no clipping (the norm then
    /// only measures, so the step does not depend on it), a loss that does not diverge, and
    /// finite gradients (so the norm, a sum of at most 2⁶⁰ squares below 2²⁵⁶, is finite and
    /// cannot diverge either). Nil, with nothing changed, when any of that fails or the
    /// optimizer does not fold the sum in; `update` then goes its usual way.
    mutating func stepMeasuringNorm(loss: Double, lr: Double, momentum: Double?, step: Int, epoch: Int) -> StepRecord? {
        guard optimizer.sumsSquaresInStep, options.clipGradNorm == nil, loss.isFinite,
            !(options.lossAbove.map { loss > $0 } ?? false)
        else {
            return nil
        }
        let path = KernelPath.active
        let finite = model.parameters.gradients.withUnsafeBufferPointer { g in
            g.baseAddress.map { lrk_all_finite(path.code, $0, g.count) != 0 } ?? true
        }
        guard finite else { return nil }
        var values: [Float] = []
        swap(&values, &model.parameters.values)
        let squares = optimizer.stepSummingSquares(
            parameters: &values, gradients: model.parameters.gradients, lr: lr, momentum: momentum, groups: groups)
        swap(&values, &model.parameters.values)
        guard let squares else { return nil }
        return StepRecord(
            step: step, epoch: epoch, lr: optimizer.appliedLR, momentum: optimizer.appliedMomentum, trainLoss: loss,
            gradNorm: squares.squareRoot())
    }
}
