import Testing
@testable import LREngine

@Suite("trainer on function models")
struct FunctionTrainingTests {
    /// SGD on f = ½(x² + 10y²) from (1, 1): each record's loss is f before its update and its
    /// rate the one that update used; checked against the closed-form iterates
    /// x_{k+1} = (1 − η_k)·x_k, y_{k+1} = (1 − 10η_k)·y_k.
    @Test func oneRecordPerUpdateWithPreUpdateLoss() throws {
        let model = try FunctionModel(function: Quadratic(scales: [1, 10]), start: [1, 1])
        var trainer = try Trainer(
            model: model, optimizer: SGD(options: .torch(lr: 0.05)), schedule: try StepSchedule(baseLR: 0.05, stepSize: 3, gamma: 0.5),
            options: TrainingOptions(length: .steps(8)))
        let result = try trainer.minimize()
        #expect(result.status == .ok)
        #expect(result.steps.count == 8)
        #expect(result.epochs.isEmpty)
        var x = Float(1), y = Float(1)
        for (k, record) in result.steps.enumerated() {
            let lr = 0.05 * (k < 3 ? 1 : k < 6 ? 0.5 : 0.25)
            #expect(record.step == k + 1 && record.epoch == 0)
            #expect(abs(record.lr - lr) < 1e-15)
            let f = 0.5 * (Double(x) * Double(x) + 10 * Double(y) * Double(y))
            #expect(abs(record.trainLoss - f) <= 1e-6 * f)
            #expect(abs(record.gradNorm - (Double(x * x) + 100 * Double(y * y)).squareRoot()) < 1e-5)
            x -= Float(lr) * x
            y -= Float(lr) * 10 * y
        }
        let final = 0.5 * (Double(x) * Double(x) + 10 * Double(y) * Double(y))
        #expect(abs((result.finalTrainLoss ?? .nan) - final) <= 1e-5 * final)
        #expect(result.bestStep == result.steps.last)
    }

    @Test func divergingFunctionStopsCleanly() throws {
        let model = try FunctionModel(function: Quadratic(scales: [1, 1]), start: [1, -2])
        var trainer = try Trainer(
            model: model, optimizer: SGD(options: .torch(lr: 1e3)), schedule: ConstantSchedule(baseLR: 1e3),
            options: TrainingOptions(length: .steps(10_000), lossAbove: 1e30))
        let result = try trainer.minimize()
        #expect(result.status == .diverged)
        #expect(result.steps.count < 20)
        #expect(result.finalTrainLoss == nil)
    }

    @Test func earlyStoppingCountsSteps() throws {
        // At the minimum already: no step improves, so patience 3 stops after step 4.
        let model = try FunctionModel(function: Quadratic(scales: [1]), start: [0])
        var trainer = try Trainer(
            model: model, optimizer: SGD(options: .torch(lr: 0.1)), schedule: ConstantSchedule(baseLR: 0.1),
            options: TrainingOptions(length: .steps(100), earlyStopping: EarlyStopping(metric: .trainLoss, patience: 3)))
        let result = try trainer.minimize()
        #expect(result.status == .stopped)
        #expect(result.steps.count == 4)
    }

    @Test func dataMetricsAreRejected() throws {
        var trainer = try Trainer(
            model: try FunctionModel(function: Quadratic(scales: [1]), start: [1]), optimizer: SGD(options: .torch()),
            schedule: ConstantSchedule(baseLR: 0.1),
            options: TrainingOptions(length: .steps(3), earlyStopping: EarlyStopping(metric: .valLoss, patience: 1)))
        #expect(throws: TrainingError.self) { try trainer.minimize() }
    }
}
