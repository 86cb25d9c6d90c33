import LRConfig
import Testing
import LRTestSupport

/// The `executor:` section: its settings, and each bad one an error at its `file:line:col`.
@Suite struct ExecutorSectionTests {
    static let base = """
        version: 1
        name: inline
        data: {source: iris}
        model: {kind: mlp}
        optimizer: {kind: adam}
        train: {epochs: 3}

        """

    static let cases: [(String, String)] = [
        ("executor: {kind: ‸slurn}", "executor.kind: unknown executor 'slurn'; did you mean 'slurm'?"),
        ("executor: {kind: slurm, ‸partitions: debug}", "executor.partitions: unknown key 'partitions'; did you mean 'partition'?"),
        ("executor: {kind: slurm, ‸array: 4}", "executor.array: unknown key 'array'"),
        ("executor: {kind: slurm, array_size: ‸0}", "executor.array_size: expected a positive integer <= 1000, got 0"),
        ("executor: {kind: slurm, array_size: ‸four}", "executor.array_size: expected a positive integer <= 1000, got \"four\""),
        ("executor: {kind: slurm, array_size: ‸1001}", "executor.array_size: expected a positive integer <= 1000, got 1001"),
        ("executor: {kind: slurm, cpus_per_task: ‸1.5}", "executor.cpus_per_task: expected a positive integer <= 4096, got 1.5"),
        ("executor: {kind: slurm, retries: ‸-1}", "executor.retries: expected an integer in [0, 20], got -1"),
        ("executor: {kind: slurm, time: ‸'1 hour'}", "executor.time: expected a Slurm time limit (MM, MM:SS, HH:MM:SS, D-HH, D-HH:MM or D-HH:MM:SS), got '1 hour'"),
        ("executor: {kind: slurm, time: ‸'1:2:3:4'}", "executor.time: expected a Slurm time limit"),
        ("executor: {kind: slurm, time: ‸30}", "executor.time: expected a string, got 30"),
        ("executor: {kind: slurm, mem: ‸2GB}", "executor.mem: expected a memory size (a whole number with an optional K, M, G or T, e.g. 2G), got '2GB'"),
        ("executor: {kind: slurm, partition: ‸'debug; rm -rf /'}", "executor.partition: expected a partition name"),
        ("executor: {kind: slurm, partition: ‸\"a\\nb\"}", "executor.partition: expected a partition name"),
        ("executor: {kind: slurm, sbatch: ‸--qos=short}", "executor.sbatch: expected a list, got \"--qos=short\""),
        ("executor: {kind: slurm, sbatch: ['--qos=short', ‸account]}", "executor.sbatch[1]: expected an sbatch option starting with '-', got 'account'"),
        ("executor: {kind: slurm, sbatch: [‸'--array=0-3']}", "executor.sbatch[0]: '--array' is set by lrlab itself"),
        ("executor: {kind: slurm, sbatch: [‸'-o/tmp/x']}", "executor.sbatch[0]: '-o/tmp/x' is set by lrlab itself"),
        ("executor: {kind: slurm, sbatch: [‸\"--comment=a\\nb\"]}", "executor.sbatch[0]: an sbatch option may not hold control characters"),
        ("executor: {kind: slurm, sbatch: [‸3]}", "executor.sbatch[0]: expected a string, got 3"),
        ("executor: ‸slurm", "executor: expected a mapping, got \"slurm\""),
        ("sweep: {method: pbt, parameters: {optimizer.lr: [0.1, 0.01]}}\nexecutor: {kind: ‸slurm}",
         "executor.kind: sweep method 'pbt' trains its population in one process and cannot run as Slurm job arrays"),
    ]

    @Test(arguments: cases)
    func errorIsLocatedAtTheMark(fragment: String, message: String) throws {
        let source = MarkedSource(Self.base + fragment + "\n")
        let files = try TempFiles()
        let result = ExperimentLoader().check(file: try files.write("a.yaml", source.text))
        let errors = result.diagnostics.filter { $0.severity == .error }
        let d = try #require(errors.first { $0.text.hasPrefix(message) }, "\(result.diagnostics.map(\.text))")
        #expect("\(d.line):\(d.column)" == source.marks.first, "\(d.text)")
        #expect(d.file.hasSuffix("a.yaml"))
    }

    @Test func settingsAreRead() throws {
        let files = try TempFiles()
        let path = try files.write("a.yaml", Self.base + """
            executor:
              kind: slurm
              partition: gpu,cpu
              time: "0-01:30:00"
              cpus_per_task: 2
              mem: 2G
              array_size: 4
              sbatch: ['--account=lab', '--qos=short']
              retries: 3

            """)
        let e = try ExperimentLoader().load(file: path).executor
        #expect(e == ExecutorConfig(kind: .slurm, partition: "gpu,cpu", time: "0-01:30:00", cpusPerTask: 2, mem: "2G",
                                    arraySize: 4, sbatch: ["--account=lab", "--qos=short"], retries: 3))
    }

    @Test func withoutTheSectionTrialsRunHere() throws {
        let files = try TempFiles()
        let e = try ExperimentLoader().load(file: try files.write("a.yaml", Self.base)).executor
        #expect(e == ExecutorConfig.default)
        #expect(e.kind == .local && e.arraySize == 8 && e.retries == 2)
    }

    @Test func setOverridesTheSection() throws {
        let files = try TempFiles()
        let path = try files.write("a.yaml", Self.base + "executor: {kind: local, array_size: 4}\n")
        let e = try ExperimentLoader().load(file: path, overrides: ["executor.kind=slurm", "executor.array_size=16"]).executor
        #expect(e.kind == .slurm && e.arraySize == 16)
        let bad = ExperimentLoader().check(file: path, overrides: ["executor.array_size=0"])
        #expect(bad.diagnostics.contains { $0.text.hasPrefix("executor.array_size: expected a positive integer <= 1000, got 0") })
    }
}
