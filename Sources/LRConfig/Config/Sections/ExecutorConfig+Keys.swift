/// The key table of `executor:` and its decoding.
package enum ExecutorKeys {
    /// The Slurm keys apply whatever `kind` says, so a file can keep its cluster settings and
    /// run here too (`--executor` picks).
    package static let section = SectionSpec(
        .executor, doc: "Where trials are trained: here (local), or as Slurm job arrays training shards into a shared trial cache.",
        discriminator: "kind", family: "executor",
        kinds: [
            .init(name: "local", doc: "Train here, --jobs trials at once."),
            .init(name: "slurm", doc: "Submit a Slurm job array per batch (sbatch), follow it, retry failed tasks, assemble the bundle here."),
        ],
        keys: [
            KeySpec("kind", .choice(ExecutorConfig.Kind.allCases.map(\.rawValue), what: "executor"),
                    "local or slurm (lrlab run --executor overrides it).", default: .string("local")),
            KeySpec("partition", .string, "sbatch --partition (default: the cluster's default partition)."),
            KeySpec("time", .string, "sbatch --time per array task: MM, MM:SS, HH:MM:SS, D-HH, D-HH:MM or D-HH:MM:SS (quote it)."),
            KeySpec("cpus_per_task", .integer(IntegerRule(min: 1, max: 4096)),
                    "sbatch --cpus-per-task; each task trains this many trials at once."),
            KeySpec("mem", .string, "sbatch --mem per task, e.g. 2G (a whole number with an optional K, M, G or T)."),
            KeySpec("array_size", .integer(IntegerRule(min: 1, max: ExecutorConfig.maxArraySize)),
                    "Most array tasks per batch: a batch of n trials runs as min(n, array_size) tasks.",
                    default: .integer(ExecutorConfig.defaultArraySize)),
            KeySpec("sbatch", .list(.string, maxCount: 64),
                    "Further sbatch options, one argument each (e.g. ['--account=lab', '--qos=short'])."),
            KeySpec("retries", .integer(IntegerRule(min: 0, max: ExecutorConfig.maxRetries)),
                    "Times the trials of a failed or cancelled array task are submitted again (lrlab run --retries overrides it).",
                    default: .integer(ExecutorConfig.defaultRetries)),
        ])

    package static func decode(_ f: Fields, reader: inout SectionReader) -> ExecutorConfig {
        if let partition = f.string("partition"), !isSlurmName(partition) {
            reader.error(f.location("partition"), f.path("partition"),
                         "expected a partition name (letters, digits, '_', '-', '.', ',' for several), got \(quoted(partition))")
        }
        if let time = f.string("time"), !isSlurmTime(time) {
            reader.error(f.location("time"), f.path("time"),
                         "expected a Slurm time limit (MM, MM:SS, HH:MM:SS, D-HH, D-HH:MM or D-HH:MM:SS), got \(quoted(time))")
        }
        if let mem = f.string("mem"), !isSlurmMemory(mem) {
            reader.error(f.location("mem"), f.path("mem"),
                         "expected a memory size (a whole number with an optional K, M, G or T, e.g. 2G), got \(quoted(mem))")
        }
        for (index, item) in (f.written("sbatch")?.sequenceItems ?? []).enumerated() {
            guard case .string(let option)? = item.scalar else { continue }
            let path = "\(f.path("sbatch"))[\(index)]"
            if let problem = sbatchOptionProblem(option) { reader.error(item.location, path, problem) }
        }
        return ExecutorConfig(
            kind: f.string("kind").flatMap(ExecutorConfig.Kind.init(rawValue:)) ?? .local,
            partition: f.string("partition"), time: f.string("time"), cpusPerTask: f.int("cpus_per_task"),
            mem: f.string("mem"), arraySize: f.int("array_size") ?? ExecutorConfig.defaultArraySize,
            sbatch: f.strings("sbatch") ?? [], retries: f.int("retries") ?? ExecutorConfig.defaultRetries)
    }

    /// Why `option` cannot be passed to sbatch, or nil: it must be one option (`-x…`/`--name…`)
    /// of printable characters, not one lrlab sets itself.
    package static func sbatchOptionProblem(_ option: String) -> String? {
        guard option.hasPrefix("-"), option.count > 1 else {
            return "expected an sbatch option starting with '-', got \(quoted(option))"
        }
        guard option.unicodeScalars.allSatisfy({ $0.value >= 0x20 && $0.value != 0x7f }) else {
            return "an sbatch option may not hold control characters (a newline would end the option)"
        }
        let name = option.split(separator: "=", maxSplits: 1).first.map(String.init) ?? option
        if ExecutorConfig.reservedOptions.contains(name)
            || ExecutorConfig.reservedOptions.contains(where: { $0.count == 2 && name.hasPrefix($0) && !name.hasPrefix("--") })
        {
            return "'\(name)' is set by lrlab itself (array, log files, job name, working directory); leave it out"
        }
        return nil
    }

    package static func isSlurmName(_ text: String) -> Bool {
        !text.isEmpty && text.count <= 200
            && text.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || "_-.,".unicodeScalars.contains($0)) }
    }

    /// Slurm's `--time` forms.
    package static func isSlurmTime(_ text: String) -> Bool {
        func numbers(_ part: Substring, count: ClosedRange<Int>) -> Bool {
            let pieces = part.split(separator: ":", omittingEmptySubsequences: false)
            return count.contains(pieces.count) && pieces.allSatisfy { !$0.isEmpty && $0.count <= 6 && $0.allSatisfy { $0.isASCII && $0.isNumber } }
        }
        let dayParts = text.split(separator: "-", omittingEmptySubsequences: false)
        switch dayParts.count {
        case 1: return numbers(dayParts[0], count: 1...3)
        case 2: return numbers(dayParts[0], count: 1...1) && numbers(dayParts[1], count: 1...3)
        default: return false
        }
    }

    package static func isSlurmMemory(_ text: String) -> Bool {
        var digits = Substring(text)
        if let last = digits.last, "KMGTkmgt".contains(last) { digits = digits.dropLast() }
        return !digits.isEmpty && digits.count <= 12 && digits.allSatisfy { $0.isASCII && $0.isNumber }
    }

    package static func quoted(_ text: String) -> String {
        "'\(String(text.prefix(60)))'"
    }
}
