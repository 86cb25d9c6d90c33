import Testing
@testable import LREngine

/// The effective per-parameter rate and its percentiles, against hand computations.
///
/// The model is f = ½(x₀² + 10·x₁² + 100·x₂²) from (1, 1, 1), so the gradient is
/// gᵢ = sᵢ·xᵢ with s = (1, 10, 100). Both optimizers below move every coordinate by
/// exactly lr on their first step (|Δθᵢ| = lr·|gᵢ|/|gᵢ|), so the second gradient is
/// g′ᵢ = 0.9·sᵢ with lr 0.1, and each rate is a closed form of sᵢ.
@Suite("effective step")
struct EffectiveStepTests {
    static let scales: [Double] = [1, 10, 100]

    func run(_ optimizer: any Optimizer) throws -> TrainingResult {
        let model = try FunctionModel(function: Quadratic(scales: Self.scales), start: [1, 1, 1])
        var trainer = try Trainer(
            model: model, optimizer: optimizer, schedule: ConstantSchedule(baseLR: 0.1),
            options: TrainingOptions(length: .steps(2)))
        return try trainer.minimize()
    }

    /// NumPy's default (linear) percentiles of three values, by hand: h = 2p.
    func percentiles(_ rates: [Double]) -> (Double, Double, Double) {
        let x = rates.sorted()
        return (x[0] + 0.2 * (x[1] - x[0]), x[1], x[1] + 0.8 * (x[2] - x[1]))
    }

    func expectRecord(_ record: StepRecord, rates: [Double]) throws {
        let entries = try #require(record.effectiveSteps)
        #expect(entries.map(\.layer) == ["x"])
        let entry = try #require(entries.first)
        let (p10, p50, p90) = percentiles(rates)
        for (got, want) in [(entry.p10, p10), (entry.p50, p50), (entry.p90, p90)] {
            #expect(abs(got - want) <= 1e-6 * want, "\(got) vs \(want)")
        }
    }

    /// Adam, lr 0.1, β = (0.9, 0.999), ε = 1e-8. Step 1: v = 0.001·s², v̂ = s², so
    /// aᵢ = 0.1 / (sᵢ + ε). Step 2: v = 0.001·(0.999·s² + 0.81·s²), v̂ = v / (1 − 0.999²)
    /// = (1.809 / 1.999)·s², so aᵢ = 0.1 / (√(1.809 / 1.999)·sᵢ + ε).
    @Test func adamRatesMatchTheHandComputation() throws {
        let result = try run(Adam(options: .torch(lr: 0.1)))
        #expect(result.steps.count == 2)
        try expectRecord(result.steps[0], rates: Self.scales.map { 0.1 / ($0 + 1e-8) })
        let root = (1.809 / 1.999).squareRoot()
        try expectRecord(result.steps[1], rates: Self.scales.map { 0.1 / (root * $0 + 1e-8) })
        #expect(result.steps.allSatisfy { $0.momentum == 0.9 })
    }

    /// AdaGrad, lr 0.1, ε = 1e-10, accumulator from 0. Step 1: s = g², aᵢ = 0.1 / (sᵢ + ε).
    /// Step 2: s = (1 + 0.81)·sᵢ², aᵢ = 0.1 / (√1.81·sᵢ + ε).
    @Test func adagradRatesMatchTheHandComputation() throws {
        let result = try run(Adagrad(options: .torch(lr: 0.1)))
        try expectRecord(result.steps[0], rates: Self.scales.map { 0.1 / ($0 + 1e-10) })
        try expectRecord(result.steps[1], rates: Self.scales.map { 0.1 / (1.81.squareRoot() * $0 + 1e-10) })
        #expect(result.steps.allSatisfy { $0.momentum == nil })
    }

    /// The rate `effectiveRates` reports is the one the step applied: for AdaGrad with one
    /// parameter, Δθ = −a·g exactly as the update computes it in Float.
    @Test func reportedRateIsTheAppliedOne() {
        var optimizer = Adagrad(options: .torch(lr: 0.5))
        var parameters: [Float] = [2, -3]
        let gradients: [Float] = [0.25, 4]
        let before = parameters
        optimizer.step(
            parameters: &parameters, gradients: gradients, lr: 0.5, momentum: nil,
            groups: [ParameterGroup(ranges: [0..<1], lrScale: 2), ParameterGroup(ranges: [1..<2])])
        var rates: [Float] = []
        #expect(optimizer.effectiveRates(into: &rates))
        #expect(rates.count == 2)
        for i in 0..<2 { #expect(before[i] - rates[i] * gradients[i] == parameters[i]) }
        // The group's lrScale 2 doubles the first rate: 0.5·2 / 0.25 and 0.5 / 4.
        #expect(abs(rates[0] - 4) < 1e-5 && abs(rates[1] - 0.125) < 1e-7)
    }

    /// Every adaptive optimizer reports one rate per parameter after a step, and none before;
    /// SGD reports none.
    @Test func adaptiveOptimizersReportRates() {
        let optimizers: [any Optimizer] = [
            Adagrad(options: .torch()), RMSprop(options: .torch(momentum: 0.9, centered: true)),
            Adam(options: .torch(amsgrad: true)), AdamW(options: .adamW()), Adamax(options: .torch()),
            NAdam(options: .torch()), Adadelta(options: .torch()), AdamHD(options: .torch()),
        ]
        for var optimizer in optimizers {
            var rates: [Float] = []
            #expect(!optimizer.effectiveRates(into: &rates), "\(type(of: optimizer))")
            var parameters: [Float] = [1, 2, 3]
            optimizer.step(
                parameters: &parameters, gradients: [0.5, -1, 2], lr: 0.01, momentum: nil,
                groups: [ParameterGroup(ranges: [0..<3])])
            #expect(optimizer.effectiveRates(into: &rates), "\(type(of: optimizer))")
            #expect(rates.count == 3 && rates.allSatisfy { $0 > 0 && $0.isFinite }, "\(type(of: optimizer)): \(rates)")
        }
        var sgd = SGD(options: .torch(momentum: 0.9))
        var parameters: [Float] = [1]
        sgd.step(parameters: &parameters, gradients: [1], lr: 0.1, momentum: nil, groups: [ParameterGroup(ranges: [0..<1])])
        var rates: [Float] = []
        #expect(!sgd.effectiveRates(into: &rates))
        #expect(sgd.appliedMomentum == 0.9)
        #expect(SGD(options: .torch()).appliedMomentum == nil)
    }

    /// The momentum in force: the schedule's cycled value when given, else the optimizer's.
    @Test func appliedMomentumFollowsTheSchedule() {
        var adam = Adam(options: .torch())
        var rms = RMSprop(options: .torch())
        var parameters: [Float] = [1]
        adam.step(parameters: &parameters, gradients: [1], lr: 0.1, momentum: 0.85, groups: [ParameterGroup(ranges: [0..<1])])
        rms.step(parameters: &parameters, gradients: [1], lr: 0.1, momentum: nil, groups: [ParameterGroup(ranges: [0..<1])])
        #expect(adam.appliedMomentum == 0.85)
        #expect(rms.appliedMomentum == nil)
        rms.step(parameters: &parameters, gradients: [1], lr: 0.1, momentum: 0.8, groups: [ParameterGroup(ranges: [0..<1])])
        #expect(rms.appliedMomentum == 0.8)
    }

    /// NumPy: `np.percentile([1, 2, 3, 4, 10], [10, 50, 90])` is [1.4, 3, 7.6]; one value is
    /// every percentile; an infinite neighbour gives infinity, not NaN.
    @Test func percentilesAreNumPysLinearOnes() {
        let sorted: [Double] = [1, 2, 3, 4, 10]
        #expect(abs(EffectiveStepPercentiles.percentile(sorted: sorted, 0.1) - 1.4) < 1e-12)
        #expect(EffectiveStepPercentiles.percentile(sorted: sorted, 0.5) == 3)
        #expect(abs(EffectiveStepPercentiles.percentile(sorted: sorted, 0.9) - 7.6) < 1e-12)
        #expect(EffectiveStepPercentiles.percentile(sorted: [5], 0.9) == 5)
        #expect(EffectiveStepPercentiles.percentile(sorted: [1, .infinity, .infinity], 0.9) == .infinity)
    }

    /// Selection gives exactly the sorted array's percentiles, duplicates and infinities
    /// included, on many shapes of input.
    @Test func selectionMatchesSorting() {
        var stream = RandomStream(root: 3, name: "test")
        for count in [1, 2, 3, 4, 5, 10, 11, 100, 1001] {
            for duplicates in [false, true] {
                var values = (0..<count).map { _ in
                    let u = stream.uniform()
                    return duplicates ? (u * 4).rounded(.down) : u
                }
                if count > 5 { values[2] = .infinity }
                let sorted = values.sorted()
                var scratch = values
                let found = EffectiveStepPercentiles.percentiles(&scratch, [0.1, 0.5, 0.9])
                let expected = [0.1, 0.5, 0.9].map { EffectiveStepPercentiles.percentile(sorted: sorted, $0) }
                #expect(found == expected, "\(count) \(duplicates)")
                #expect(scratch.sorted() == sorted)
            }
        }
        var ascending = (0..<500).map(Double.init)
        let found = EffectiveStepPercentiles.percentiles(&ascending, [0.1, 0.5, 0.9])
        for (got, want) in zip(found, [49.9, 249.5, 449.1]) { #expect(abs(got - want) < 1e-9) }
    }

    /// Radix selection finds exactly what `percentiles` finds, over float rates with ties,
    /// negatives, subnormals, infinities and NaN (left out), split over several ranges; a −0
    /// leaves the choice to `percentiles`.
    @Test func radixSelectionMatchesPercentiles() {
        var stream = RandomStream(root: 4, name: "test")
        let specials: [Float] = [.infinity, -.infinity, .nan, Float.leastNormalMagnitude / 4, -Float.leastNormalMagnitude / 3, 0, .greatestFiniteMagnitude]
        for count in [1, 2, 3, 5, 16, 17, 100, 1001, 5000, 70_000] {
            for mode in 0..<3 {
                let rates: [Float] = (0..<count).map { i in
                    let u = Float(stream.uniform())
                    switch mode {
                    case 0: return u * 1e-3
                    case 1: return i % 7 == 3 ? specials[i % specials.count] : (u * 8).rounded(.down) - 2
                    default: return Float(bitPattern: UInt32(truncatingIfNeeded: i &* 2_654_435_761) & 0x7f7f_ffff)
                    }
                }
                let ranges = [0..<(count / 3), (count / 3)..<count]
                var values = rates.filter { !$0.isNaN }.map(Double.init)
                let expected = values.isEmpty ? nil : EffectiveStepPercentiles.percentiles(&values, [0.1, 0.5, 0.9])
                switch EffectiveStepPercentiles.selected(rates, ranges, [0.1, 0.5, 0.9]) {
                case .found(let found):
                    #expect(expected.map { $0.map(\.bitPattern) } == found.map(\.bitPattern), "\(count) \(mode)")
                case .empty: #expect(expected == nil)
                case .undecided: Issue.record("no −0 among the rates")
                }
            }
        }
        guard case .undecided = EffectiveStepPercentiles.selected([1, -0.0, 2], [0..<3], [0.5]) else {
            Issue.record("−0 is left to percentiles")
            return
        }
        guard case .empty = EffectiveStepPercentiles.selected([.nan], [0..<1], [0.5]) else {
            Issue.record("all NaN is empty")
            return
        }
    }

    /// Layers gather a network's weight and bias; NaN rates are left out.
    @Test func layersGroupTensorsByName() throws {
        var parameters = ParameterSet()
        parameters.append(name: "layer0.weight", shape: [2])
        parameters.append(name: "layer0.bias", shape: [1])
        parameters.append(name: "layer1.weight", shape: [2])
        let entries = EffectiveStepPercentiles.of([3, 1, 2, .nan, 7], tensors: parameters.tensors)
        #expect(entries.map(\.layer) == ["layer0", "layer1"])
        #expect(entries[0].p50 == 2 && entries[1].p10 == 7 && entries[1].p90 == 7)
    }

    /// On data, the percentiles ride on each epoch's last update only.
    @Test func dataRunsMeasureOncePerEpoch() throws {
        let split = try blobSplit()
        let model = try logisticModel(inputs: 2, classes: 2)
        var trainer = try Trainer(
            model: model, optimizer: Adam(options: .torch(lr: 0.01)), schedule: ConstantSchedule(baseLR: 0.01),
            options: TrainingOptions(length: .epochs(3), batchSize: 16))
        let result = try trainer.train(on: split, shuffle: RandomStream(root: 1, name: "shuffle"))
        let measured = result.steps.filter { $0.effectiveSteps != nil }.map(\.step)
        #expect(measured == result.epochs.map(\.step))
        #expect(result.steps.last?.effectiveSteps?.map(\.layer) == ["layer0"])
    }
}
