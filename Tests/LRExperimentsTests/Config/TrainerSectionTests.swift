import Foundation
import LRConfig
import Testing
import LRTestSupport

/// `trainer:` and `model.kind: external`: what an external trainer's experiment may say, each
/// bad file an error at its `file:line:col`, and its paths kept inside the file's directory.
@Suite struct TrainerSectionTests {
    static let head = """
        version: 1
        name: ext

        """
    static let trainer = "trainer: {command: [python3, t.py], hash_files: [t.py]}\n"
    static let model = "model: {kind: external, params: {depth: 4, widths: [8, 16]}}\n"
    static let rest = """
        optimizer: {kind: sgd, lr: 0.1}
        train: {epochs: 3}

        """
    static var base: String { head + trainer + model + rest }

    static let cases: [(String, String)] = [
        (head + "‸trainer: {command: [python3, t.py]}\nmodel: {kind: mlp}\ndata: {source: iris}\n" + rest,
         "trainer: 'trainer:' trains a model of kind 'external', not 'mlp'"),
        (head + "model: {kind: ‸external}\n" + rest, "model.kind: model 'external' needs a 'trainer:' section"),
        (head + trainer + model + "data: {source: ‸iris}\n" + rest, "data.source: an external trainer loads its own data"),
        (head + trainer + model + "data: {source: external, split: ‸{train: 1.0, validation: 0, test: 0}}\n" + rest,
         "data.split: 'split' does not apply to data the trainer loads itself"),
        (head + trainer + model + "initializer: {kind: zeros}\n" + rest, "initializer: an external trainer initialises its own model"),
        (head + trainer + model + "optimizer: {kind: sgd, lr: 0.1}\ntrain: {epochs: 3, ‸loss: mse}\n",
         "train.loss: 'loss' does not apply to an external trainer"),
        (head + trainer + model + "optimizer: {kind: ‸sgd_hd, lr: 0.1}\ntrain: {epochs: 3}\n",
         "optimizer.kind: optimizer 'sgd_hd' learns its rate from gradients lrlab does not see"),
        (head + trainer + model + "optimizer: {kind: sgd, lr: 0.1}\ntrain: {epochs: 3, early_stopping: {restore_best: ‸true}}\n",
         "train.early_stopping.restore_best: lrlab cannot restore an external trainer's parameters"),
        (head + trainer + model + "schedule: ‸{kind: one_cycle, max_lr: 0.5}\n" + rest,
         "schedule: 'one_cycle' counts updates: set 'total_steps' or 'trainer.steps_per_epoch'"),
        (head + "trainer: {command: [python3, t.py], hash_files: [‸../outside.py]}\n" + model + rest,
         "trainer.hash_files[0]: '../outside.py' lies outside the experiment file's directory"),
        (head + "trainer: {command: [python3, t.py], hash_files: [‸/etc/passwd]}\n" + model + rest,
         "trainer.hash_files[0]: '/etc/passwd' must be relative to the experiment file's directory"),
        (head + "trainer: {command: [python3, t.py], hash_files: [‸missing.py]}\n" + model + rest,
         "trainer.hash_files[0]: 'missing.py': no such file"),
        (head + "trainer: {command: [python3, t.py], hash_files: [‸link.py]}\n" + model + rest,
         "trainer.hash_files[0]: 'link.py' lies outside the experiment file's directory"),
        (head + "trainer: {command: [‸../bin/train]}\n" + model + rest,
         "trainer.command[0]: '../bin/train' lies outside the experiment file's directory"),
        (head + "trainer: {command: [‸./t.py]}\n" + model + rest, "trainer.command[0]: './t.py' is not executable"),
        (head + "trainer: {command: ‸[]}\n" + model + rest, "trainer.command: expected at least 1 value, got 0"),
        (head + "trainer: {command: [python3], timeout: ‸soon}\n" + model + rest, "trainer.timeout: expected a duration"),
        (head + "trainer: {command: [python3], timeout: ‸-5}\n" + model + rest, "trainer.timeout: expected a duration"),
        (head + "trainer: {command: [python3], ‸timeut: 5m}\n" + model + rest, "trainer.timeut: unknown key 'timeut'; did you mean 'timeout'?"),
        (head + trainer + "model: {kind: external, params: ‸[1, 2]}\n" + rest, "model.params: expected a mapping"),
        (base + "sweep: {method: grid, parameters: {‸model.depth: [2, 4]}}\n", "sweep.parameters.model.depth: 'model.depth' is not a key of the experiment"),
    ]

    static func files() throws -> TempFiles {
        let files = try TempFiles()
        try files.write("t.py", "print('train')\n")
        let outside = try files.write("../outside-\(UUID().uuidString).py", "secret\n")
        try FileManager.default.createSymbolicLink(atPath: files.directory + "/link.py", withDestinationPath: outside)
        return files
    }

    @Test(arguments: cases)
    func errorIsLocatedAtTheMark(text: String, message: String) throws {
        let source = MarkedSource(text)
        let files = try Self.files()
        let result = ExperimentLoader().check(file: try files.write("a.yaml", source.text))
        let errors = result.diagnostics.filter { $0.severity == .error }
        let d = try #require(errors.first { $0.text.hasPrefix(message) }, "\(result.diagnostics.map(\.text))")
        if let mark = source.marks.first { #expect("\(d.line):\(d.column)" == mark, "\(d.text)") }
        #expect(d.file.hasSuffix("a.yaml"))
        // `validate` refuses what `run` refuses: the same file is invalid there too.
        #expect(!Validated(files.directory + "/a.yaml").isValid)
    }

    @Test func settingsAreReadAndParamsSweepable() throws {
        let files = try Self.files()
        let path = try files.write("a.yaml", Self.head + """
            trainer: {command: [python3, t.py], timeout: 90s, hash_files: [t.py], steps_per_epoch: 12, check_rtol: 1e-6}
            model: {kind: external, params: {depth: 4}}
            data: {source: external, params: {dataset: digits}}
            optimizer: {kind: sgd, lr: 0.1}
            train: {epochs: 3, batch_size: 64}
            sweep: {method: grid, parameters: {model.params.depth: [2, 4], data.params.dataset: [digits, iris]}}

            """)
        let e = try ExperimentLoader().load(file: path)
        let trainer = try #require(e.trainer)
        #expect(trainer.command == ["python3", "t.py"])
        #expect(trainer.timeoutSeconds == 90)
        #expect(trainer.hashFiles == [FilePath.normalise(files.directory + "/t.py")])
        #expect(trainer.stepsPerEpoch == 12)
        #expect(trainer.checkRtol == 1e-6 && trainer.checkAtol == 0)
        #expect(e.model.isExternal)
        #expect(e.data == nil)  // lrlab prepares no data for an external trainer
        #expect(Validated(path).isValid)
    }

    @Test(arguments: [("90", 90.0), ("1.5h", 5_400), ("10m", 600), ("45s", 45)])
    func durationsAreSecondsOrHaveAUnit(written: String, seconds: Double) throws {
        let files = try Self.files()
        let path = try files.write("a.yaml", Self.head + "trainer: {command: [python3], timeout: \(written)}\n" + Self.model + Self.rest)
        #expect(try ExperimentLoader().load(file: path).trainer?.timeoutSeconds == seconds)
    }

    /// An external trial's curve is bounded like any other: validate refuses a run whose
    /// updates would exceed it, located at `train.epochs`; `param_groups` name the trainer's
    /// own groups, which lrlab does not check against a network of its own.
    @Test func aCurveTooLongIsRefusedAndGroupsAreTheTrainers() throws {
        let files = try Self.files()
        let long = try files.write("long.yaml", Self.head + """
            trainer: {command: [python3, t.py], steps_per_epoch: 100000}
            model: {kind: external}
            optimizer: {kind: sgd, lr: 0.1}
            train: {epochs: 10}

            """)
        let refused = Validated(long)
        #expect(!refused.isValid)
        #expect(refused.rendered().contains("train.epochs: the curve would have"), "\(refused.rendered())")
        let grouped = try files.write("groups.yaml", Self.head + """
            trainer: {command: [python3, t.py]}
            model: {kind: external}
            optimizer: {kind: sgd, lr: 0.1, param_groups: [{match: "backbone.*", lr_scale: 0.1}]}
            train: {epochs: 10}

            """)
        #expect(Validated(grouped).isValid, "\(Validated(grouped).rendered())")
    }
}
