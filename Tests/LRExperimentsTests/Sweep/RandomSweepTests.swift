import Foundation
import LREngine
import Testing
@testable import LRConfig
import LRTestSupport
import LRExperimentsTestSupport

@Suite struct RandomSweepTests {
    static func experiment(seed: Int = 7, trials: Int = 200) -> String {
        irisExperiment(seed: seed, sweep: """
              method: random
              trials: \(trials)
              parameters:
                optimizer.lr: {distribution: log_uniform, min: 1.0e-4, max: 1.0}
                optimizer.momentum: {distribution: uniform, min: 0.5, max: 0.99}
                train.batch_size: {distribution: int_uniform, min: 1, max: 3}
                model.activation: [tanh, relu, gelu]

            """)
    }

    static func numbers(_ trials: [TrialSpec], _ path: String) -> [Double] {
        trials.compactMap { $0.assignments.first { $0.path == path }?.value.number }
    }

    @Test func drawsAreReproducibleFromTheSeed() throws {
        let a = try SweepFixture(Self.experiment()).trials()
        let b = try SweepFixture(Self.experiment()).trials()
        #expect(a.count == 200)
        #expect(a.map(\.valuesText) == b.map(\.valuesText))
        #expect(a.map(\.id) == b.map(\.id))
        let other = try SweepFixture(Self.experiment(seed: 8)).trials()
        #expect(other.map(\.valuesText) != a.map(\.valuesText))
    }

    @Test func drawsComeFromTheNamedSweepStream() throws {
        let trials = try SweepFixture(Self.experiment(trials: 1)).trials()
        // Same stream, same draw order: lr, momentum, batch_size, activation.
        var rng = RandomStream(root: 7, trial: 0, name: "sweep")
        let lr = exp(rng.uniform(log(1.0e-4), log(1.0)))
        let momentum = rng.uniform(0.5, 0.99)
        let batch = 1 + rng.index(below: 3)
        let activation = ["tanh", "relu", "gelu"][rng.index(below: 3)]
        #expect(trials.first?.valuesText == "optimizer.lr=\(lr) optimizer.momentum=\(momentum) train.batch_size=\(batch) model.activation=\(activation)")
    }

    @Test func drawsStayWithinBounds() throws {
        let trials = try SweepFixture(Self.experiment()).trials()
        let lrs = Self.numbers(trials, "optimizer.lr")
        let momenta = Self.numbers(trials, "optimizer.momentum")
        #expect(lrs.count == 200 && momenta.count == 200)
        #expect(lrs.allSatisfy { $0 >= 1.0e-4 && $0 <= 1.0 })
        #expect(momenta.allSatisfy { $0 >= 0.5 && $0 < 0.99 })
        // The resolved experiments hold the drawn values.
        #expect(trials.map(\.experiment.optimizer.lr) == lrs)
    }

    @Test func logUniformIsUniformInLogSpace() throws {
        let lrs = Self.numbers(try SweepFixture(Self.experiment()).trials(), "optimizer.lr")
        // log10(lr) is uniform on [-4, 0]: about a quarter per decade. A linear uniform draw
        // would put 99% of the values in the top decade.
        for decade in 0..<4 {
            let lo = pow(10.0, Double(decade - 4))
            let share = Double(lrs.filter { $0 >= lo && $0 < lo * 10 }.count) / Double(lrs.count)
            #expect(share > 0.15 && share < 0.35, "decade \(decade): \(share)")
        }
    }

    @Test func intUniformHitsBothInclusiveBoundsAndNothingElse() throws {
        let trials = try SweepFixture(Self.experiment()).trials()
        let sizes = trials.compactMap { $0.assignments.first { $0.path == "train.batch_size" }?.value.scalar }
        #expect(Set(sizes.map { "\($0)" }) == ["int(1)", "int(2)", "int(3)"])
        #expect(Set(trials.map(\.experiment.train.batchSize)) == [1, 2, 3])
    }

    @Test func bareListIsAChoice() throws {
        let trials = try SweepFixture(Self.experiment()).trials()
        let activations = Set(trials.compactMap { $0.assignments.first { $0.path == "model.activation" }?.value.canonicalText })
        #expect(activations == ["tanh", "relu", "gelu"])
    }

    @Test func repeatedDrawsAreSkippedWithAWarning() throws {
        let f = try SweepFixture(irisExperiment(sweep: """
              method: random
              trials: 10
              parameters:
                model.activation: [tanh, relu]

            """))
        let expansion = try f.expand()
        #expect(expansion.trials.count == 2)
        #expect(expansion.warnings.count == 8)
        #expect(expansion.warnings.allSatisfy { $0.severity == .warning && $0.path == "sweep.parameters.model.activation" })
    }

    @Test func anInvalidDrawIsReportedAtItsDistribution() throws {
        let source = MarkedSource(irisExperiment(sweep: """
              method: random
              trials: 20
              parameters:
                train.batch_size: ‸{distribution: int_uniform, min: 0, max: 1}

            """))
        let f = try SweepFixture(source.text)
        let errors = f.errors()
        #expect(errors.count == 1)
        #expect(errors.map { "\($0.line):\($0.column)" } == source.marks)
        #expect(errors.first?.text == "sweep.parameters.train.batch_size: value 0 is invalid: train.batch_size: expected a positive integer <= 10000000, got 0")
    }
}
