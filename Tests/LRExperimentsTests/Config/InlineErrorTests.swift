import LRConfig
import Testing
import LRTestSupport

/// Small experiments with the position of their one error marked inline (`‸`).
@Suite struct InlineErrorTests {
    static let cases: [(String, String)] = [
        ("optimizer: {kind: adam, ‸momentum: 0.9}", "optimizer.momentum: 'momentum' does not apply to optimizer 'adam'"),
        ("optimizer: {kind: rmsprop, alpha: ‸1.5}", "optimizer.alpha: expected a number in [0, 1], got 1.5"),
        ("optimizer: {kind: adam, eps: ‸0}", "optimizer.eps: expected a positive number, got 0"),
        ("optimizer: {kind: adam, amsgrad: ‸yes}", "optimizer.amsgrad: expected true or false, got \"yes\""),
        ("optimizer: {kind: adam, ‸hypergradient_lr: 0.1}", "optimizer.hypergradient_lr: 'hypergradient_lr' does not apply to optimizer 'adam'"),
        ("optimizer: {kind: adam, param_groups: [‸{lr_scale: 2}]}", "optimizer.param_groups[0]: missing required key 'match'"),
        ("schedule: {kind: step, step_size: ‸2.5}", "schedule.step_size: expected a positive integer, got 2.5"),
        ("schedule: {kind: cosine, ‸cooling: linear}", "schedule.cooling: 'cooling' does not apply to schedule 'cosine'"),
        ("schedule: {kind: cyclic, base_lr: 0.01, max_lr: 0.1, mode: ‸triangle}", "schedule.mode: unknown cyclic mode 'triangle'; did you mean 'triangular'?"),
        ("schedule: {kind: sequence, milestones: [5], schedules: [{kind: constant, ‸interval: epoch}, {kind: constant}]}", "schedule.schedules[0].interval: unknown key 'interval'"),
        ("schedule: ‸{kind: exponential}", "schedule: missing required key 'gamma' for schedule 'exponential'"),
        ("initializer: {kind: ‸he_normall}", "initializer.kind: unknown initializer 'he_normall'; did you mean 'he_normal'?"),
        ("initializer: {kind: normal, bias: ‸ones}", "initializer.bias: unknown bias initializer 'ones'; expected one of zeros, default"),
        ("output: {dir: ‸''}", "output.dir: expected a directory, got an empty string"),
        ("sweep: {method: grid, parameters: {optimizer.lr: ‸[]}}", "sweep.parameters.optimizer.lr: expected at least 1 value, got 0"),
        ("sweep: {method: grid, parameters: {optimizer.lr: [0.1]}, seeds: [1, ‸-2]}", "sweep.seeds[1]: expected a non-negative integer, got -2"),
        ("output: ‸3", "output: expected a mapping, got 3"),
    ]

    @Test(arguments: cases)
    func errorIsLocatedAtTheMark(fragment: String, message: String) throws {
        let base = """
            version: 1
            name: inline
            data: {source: iris}
            model: {kind: mlp}
            train: {epochs: 3}

            """
        let hasOptimizer = fragment.hasPrefix("optimizer:")
        let source = MarkedSource(base + (hasOptimizer ? "" : "optimizer: {kind: adam}\n") + fragment + "\n")
        let files = try TempFiles()
        let result = ExperimentLoader().check(file: try files.write("a.yaml", source.text))
        let d = try #require(result.diagnostics.first)
        #expect(result.diagnostics.count == 1, "\(result.diagnostics.map(\.text))")
        #expect("\(d.line):\(d.column)" == source.marks.first)
        #expect(d.text.hasPrefix(message), "\(d.text)")
    }
}
