@testable import LREngine
import LRTestSupport

/// Builds an optimizer from the `lrlab` fragment of a reference case (test-only mapping; the
/// experiments layer owns the real one). Unknown kinds give nil.
func makeOptimizer(_ spec: ReferenceValue) -> (any Optimizer)? {
    func number(_ key: String, _ fallback: Double) -> Double { spec[key]?.double ?? fallback }
    func flag(_ key: String, _ fallback: Bool) -> Bool { spec[key]?.bool ?? fallback }
    let betas = spec["betas"]?.doubles
    switch spec["kind"]?.string {
    case "sgd":
        let d = SGD.Options.torch()
        return SGD(
            options: .torch(
                lr: number("lr", d.lr), momentum: number("momentum", d.momentum),
                dampening: number("dampening", d.dampening),
                weightDecay: number("weight_decay", d.weightDecay),
                nesterov: flag("nesterov", d.nesterov)))
    case "adagrad":
        let d = Adagrad.Options.torch()
        return Adagrad(
            options: .torch(
                lr: number("lr", d.lr), lrDecay: number("lr_decay", d.lrDecay),
                weightDecay: number("weight_decay", d.weightDecay),
                initialAccumulatorValue: number(
                    "initial_accumulator_value", d.initialAccumulatorValue),
                eps: number("eps", d.eps)))
    case "rmsprop":
        let d = RMSprop.Options.torch()
        return RMSprop(
            options: .torch(
                lr: number("lr", d.lr), alpha: number("alpha", d.alpha), eps: number("eps", d.eps),
                weightDecay: number("weight_decay", d.weightDecay),
                momentum: number("momentum", d.momentum), centered: flag("centered", d.centered)))
    case "adam":
        let d = Adam.Options.torch()
        return Adam(
            options: .torch(
                lr: number("lr", d.lr), beta1: betas?[0] ?? d.beta1, beta2: betas?[1] ?? d.beta2,
                eps: number("eps", d.eps), weightDecay: number("weight_decay", d.weightDecay),
                amsgrad: flag("amsgrad", d.amsgrad)))
    case "adamw":
        let d = AdamW.Options.adamW()
        return AdamW(
            options: .torch(
                lr: number("lr", d.lr), beta1: betas?[0] ?? d.beta1, beta2: betas?[1] ?? d.beta2,
                eps: number("eps", d.eps), weightDecay: number("weight_decay", d.weightDecay),
                amsgrad: flag("amsgrad", d.amsgrad)))
    case "nadam":
        let d = NAdam.Options.torch()
        return NAdam(
            options: .torch(
                lr: number("lr", d.lr), beta1: betas?[0] ?? d.beta1, beta2: betas?[1] ?? d.beta2,
                eps: number("eps", d.eps), weightDecay: number("weight_decay", d.weightDecay),
                momentumDecay: number("momentum_decay", d.momentumDecay)))
    case "adamax":
        let d = Adamax.Options.torch()
        return Adamax(
            options: .torch(
                lr: number("lr", d.lr), beta1: betas?[0] ?? d.beta1, beta2: betas?[1] ?? d.beta2,
                eps: number("eps", d.eps), weightDecay: number("weight_decay", d.weightDecay)))
    case "adadelta":
        let d = Adadelta.Options.torch()
        return Adadelta(
            options: .torch(
                lr: number("lr", d.lr), rho: number("rho", d.rho), eps: number("eps", d.eps),
                weightDecay: number("weight_decay", d.weightDecay)))
    default:
        return nil
    }
}
