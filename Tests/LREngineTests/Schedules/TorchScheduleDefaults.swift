import LREngine

// `torch.optim.lr_scheduler`'s defaults, for tests that set only some settings. The engine's
// schedules take no defaults; the experiment layer's kind files hold the same values.

extension StepSchedule {
    static func torch(baseLR: Double, stepSize: Int, gamma: Double = 0.1) throws -> Self {
        try Self(baseLR: baseLR, stepSize: stepSize, gamma: gamma)
    }
}

extension MultiStepSchedule {
    static func torch(baseLR: Double, milestones: [Int], gamma: Double = 0.1) -> Self {
        Self(baseLR: baseLR, milestones: milestones, gamma: gamma)
    }
}

extension PolynomialSchedule {
    static func torch(baseLR: Double, totalSteps: Int = 5, power: Double = 1) throws -> Self {
        try Self(baseLR: baseLR, totalSteps: totalSteps, power: power)
    }
}

extension LinearSchedule {
    static func torch(
        baseLR: Double, startFactor: Double = 1.0 / 3, endFactor: Double = 1, totalSteps: Int = 5
    ) throws -> Self {
        try Self(baseLR: baseLR, startFactor: startFactor, endFactor: endFactor, totalSteps: totalSteps)
    }
}

extension CosineSchedule {
    static func torch(baseLR: Double, tMax: Int, etaMin: Double = 0) throws -> Self {
        try Self(baseLR: baseLR, tMax: tMax, etaMin: etaMin)
    }
}

extension CosineRestartsSchedule {
    static func torch(baseLR: Double, t0: Int, tMult: Int = 1, etaMin: Double = 0) throws -> Self {
        try Self(baseLR: baseLR, t0: t0, tMult: tMult, etaMin: etaMin)
    }
}

extension CyclicSchedule {
    static func torch(
        baseLR: Double, maxLR: Double, stepSizeUp: Int = 2000, stepSizeDown: Int? = nil,
        mode: Mode = .triangular, gamma: Double = 1, cycleMomentum: Bool = true,
        baseMomentum: Double = 0.8, maxMomentum: Double = 0.9
    ) throws -> Self {
        try Self(
            baseLR: baseLR, maxLR: maxLR, stepSizeUp: stepSizeUp, stepSizeDown: stepSizeDown, mode: mode, gamma: gamma,
            cycleMomentum: cycleMomentum, baseMomentum: baseMomentum, maxMomentum: maxMomentum)
    }
}

extension OneCycleSchedule {
    static func torch(
        maxLR: Double, totalSteps: Int, pctStart: Double = 0.3, anneal: Anneal = .cos,
        divFactor: Double = 25, finalDivFactor: Double = 1e4, threePhase: Bool = false,
        cycleMomentum: Bool = true, baseMomentum: Double = 0.85, maxMomentum: Double = 0.95
    ) throws -> Self {
        try Self(
            maxLR: maxLR, totalSteps: totalSteps, pctStart: pctStart, anneal: anneal, divFactor: divFactor,
            finalDivFactor: finalDivFactor, threePhase: threePhase, cycleMomentum: cycleMomentum,
            baseMomentum: baseMomentum, maxMomentum: maxMomentum)
    }
}

extension PlateauSchedule {
    static func torch(
        baseLR: Double, mode: Mode = .min, factor: Double = 0.1, patience: Int = 10,
        threshold: Double = 1e-4, thresholdMode: ThresholdMode = .rel, cooldown: Int = 0,
        minLR: Double = 0, eps: Double = 1e-8
    ) throws -> Self {
        try Self(
            baseLR: baseLR, mode: mode, factor: factor, patience: patience, threshold: threshold,
            thresholdMode: thresholdMode, cooldown: cooldown, minLR: minLR, eps: eps)
    }
}

extension WarmupSchedule {
    static func torch(wrapping wrapped: any LRSchedule, steps: Int, startFactor: Double = 0.01) throws -> Self {
        try Self(wrapping: wrapped, steps: steps, startFactor: startFactor)
    }
}

/// lrlab's own defaults (the `annealing` and `bandit` kind files hold the same).
extension AnnealingSchedule {
    static func torch(
        baseLR: Double, interval: Int, sigma: Double = 0.3, initialTemperature: Double = 1,
        cooling: Cooling = .exponential(gamma: 0.99), minLR: Double = 1e-6, maxLR: Double = 10,
        scaleByTemperature: Bool = false, random: RandomStream
    ) throws -> Self {
        try Self(
            baseLR: baseLR, interval: interval, sigma: sigma, initialTemperature: initialTemperature, cooling: cooling,
            minLR: minLR, maxLR: maxLR, scaleByTemperature: scaleByTemperature, random: random)
    }
}

extension BanditSchedule {
    static func torch(
        baseLR: Double, arms: [Double] = [0.5, 1.0, 2.0], policy: Policy = .ucb1(exploration: 1),
        decisionInterval: Int = 50, minLR: Double = 1e-6, maxLR: Double = 10, random: RandomStream
    ) throws -> Self {
        try Self(
            baseLR: baseLR, arms: arms, policy: policy, decisionInterval: decisionInterval, minLR: minLR, maxLR: maxLR,
            random: random)
    }
}
