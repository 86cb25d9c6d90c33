import Foundation

/// The key table of `trainer:` and its decoding, with the containment rules of its paths.
package enum TrainerKeys {
    package static let section = SectionSpec(
        .trainer,
        doc: "An external trainer (model kind `external`): a program lrlab starts once per trial and "
            + "hands the schedule's rates over lrlab.trainer/1 (docs/trainer-protocol.md).",
        keys: [
            KeySpec("command", .list(.string, minCount: 1, maxCount: 256),
                    "The program and its arguments, run in the experiment file's directory; a first word "
                        + "without '/' is looked up on PATH, one with '/' must lie inside that directory.",
                    required: .always),
            KeySpec("timeout", .duration, "Longest a trial may take; its trainer is then killed and the trial fails.",
                    default: .string("1h")),
            KeySpec("hash_files", .list(.string, maxCount: TrainerConfig.maxHashFiles),
                    "Files (inside the experiment file's directory) whose contents key the trial cache: "
                        + "edit one and its trials train again."),
            KeySpec("steps_per_epoch", .integer(IntegerRule(min: 1, max: 100_000_000)),
                    "Updates per epoch the trainer makes, for schedules that derive a length in updates "
                        + "from train.epochs (one_cycle, cosine, linear, polynomial with interval step)."),
            KeySpec("check_atol", .number(.nonNegative),
                    "Absolute tolerance of lrlab check for this experiment's numbers (default: exact).",
                    default: .number(0)),
            KeySpec("check_rtol", .number(.nonNegative),
                    "Relative tolerance of lrlab check for this experiment's numbers (default: exact).",
                    default: .number(0)),
        ])

    /// The typed section; paths resolve against the file that wrote `command` (`file`, the
    /// experiment's, when `--set` did).
    package static func decode(_ f: Fields, file experimentFile: String, reader: inout SectionReader) -> TrainerConfig? {
        guard let command = f.strings("command"), let node = f.written("command") else { return nil }
        let file = node.location.file == OverrideSet.file ? experimentFile : node.location.file
        let directory = FilePath.directory(of: file).isEmpty ? "." : FilePath.directory(of: file)
        let program = command[0]
        if program.isEmpty || program.contains("\0") {
            reader.error(node.sequenceItems?.first?.location ?? node.location, "\(f.path("command"))[0]",
                         "expected a program name or path")
        } else if program.contains("/"), let problem = containmentProblem(program, directory: directory, isProgram: true) {
            reader.error(node.sequenceItems?.first?.location ?? node.location, "\(f.path("command"))[0]", problem)
        }
        var hashFiles: [String] = []
        for (index, item) in (f.written("hash_files")?.sequenceItems ?? []).enumerated() {
            guard case .string(let path)? = item.scalar else { continue }
            if let problem = containmentProblem(path, directory: directory, isProgram: false) {
                reader.error(item.location, "\(f.path("hash_files"))[\(index)]", problem)
            } else {
                hashFiles.append(FilePath.normalise("\(directory)/\(path)"))
            }
        }
        return TrainerConfig(
            command: command, directory: directory,
            timeoutSeconds: f.written("timeout").flatMap(Duration.seconds) ?? TrainerConfig.defaultTimeoutSeconds,
            hashFiles: hashFiles, stepsPerEpoch: f.int("steps_per_epoch"),
            checkAtol: f.double("check_atol") ?? 0, checkRtol: f.double("check_rtol") ?? 0)
    }

    /// Why `path` may not be used: it must be relative, stay inside `directory` once symlinks
    /// are resolved, and name a regular file (executable, for a program) of bounded size.
    package static func containmentProblem(_ path: String, directory: String, isProgram: Bool) -> String? {
        guard !path.hasPrefix("/"), !path.contains("\0") else {
            return "'\(path)' must be relative to the experiment file's directory"
        }
        let joined = FilePath.normalise("\(directory)/\(path)")
        let root = FilePath.identity(directory)
        let real = FilePath.identity(joined)
        guard real == root || real.hasPrefix(root == "/" ? "/" : root + "/") else {
            return "'\(path)' lies outside the experiment file's directory"
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: real, isDirectory: &isDirectory), !isDirectory.boolValue else {
            return "'\(path)': no such file"
        }
        let attributes = try? FileManager.default.attributesOfItem(atPath: real)
        guard attributes?[.type] as? FileAttributeType == .typeRegular else { return "'\(path)' is not a regular file" }
        if isProgram, !FileManager.default.isExecutableFile(atPath: real) {
            return "'\(path)' is not executable"
        }
        if !isProgram, let size = attributes?[.size] as? Int, size > TrainerConfig.maxHashFileBytes {
            return "'\(path)' is larger than \(TrainerConfig.maxHashFileBytes >> 20) MiB"
        }
        return nil
    }
}
