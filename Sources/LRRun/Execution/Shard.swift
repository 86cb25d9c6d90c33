import LRConfig

/// One worker's share of a plan: worker `index` of `count` (0-based) trains the trials at the
/// positions `index`, `index + count`, `index + 2·count`… of each batch. The partition depends
/// on the trial order only, which the sweep fixes, so every worker computes the same one
/// without talking to the others.
package struct Shard: Sendable, Equatable, CustomStringConvertible {
    package let index: Int
    package let count: Int

    /// Most workers one plan is split between: Slurm's largest array is far smaller by
    /// default (MaxArraySize 1001), and more workers than trials only idle.
    package static let maxCount = Limits.maxTrials

    package init(index: Int, count: Int) throws(ShardError) {
        guard count >= 1, count <= Self.maxCount else {
            throw ShardError("the shard count must be between 1 and \(Self.maxCount), got \(count)")
        }
        guard index >= 0, index < count else {
            throw ShardError("the shard index must be between 0 and \(count - 1) for \(count) shards, got \(index)")
        }
        self.index = index
        self.count = count
    }

    /// Whether the trial at `position` in its batch belongs to this shard.
    package func owns(position: Int) -> Bool {
        position % count == index
    }

    /// The shard of the trial at `position` among `count` shards.
    package static func of(position: Int, count: Int) -> Int {
        position % max(1, count)
    }

    /// `I/N` as `--shard` takes it.
    package var description: String { "\(index)/\(count)" }

    /// Reads `--shard`: `I/N`; `auto`, from Slurm's array variables (`SLURM_ARRAY_TASK_ID`
    /// less `SLURM_ARRAY_TASK_MIN`, of `SLURM_ARRAY_TASK_COUNT`); or `auto/N`, the index from
    /// `JOB_COMPLETION_INDEX` (a Kubernetes Indexed Job) or else `SLURM_ARRAY_TASK_ID`, of `N`.
    package static func parse(_ text: String, environment: [String: String]) throws(ShardError) -> Shard {
        let parts = text.split(separator: "/", maxSplits: 2, omittingEmptySubsequences: false).map(String.init)
        if parts.first == "auto" {
            guard parts.count <= 2 else { throw ShardError("expected 'auto' or 'auto/N', got '\(text)'") }
            if parts.count == 2 {
                let count = try number(parts[1], what: "shard count", in: text)
                let (name, value) = try indexVariable(environment, names: ["JOB_COMPLETION_INDEX", "SLURM_ARRAY_TASK_ID"])
                return try Shard(index: try number(value, what: "\(name)", in: value), count: count)
            }
            let (idName, idValue) = try indexVariable(environment, names: ["SLURM_ARRAY_TASK_ID"])
            guard let countValue = environment["SLURM_ARRAY_TASK_COUNT"] else {
                throw ShardError("--shard auto needs SLURM_ARRAY_TASK_COUNT (not set); "
                    + "outside a Slurm array give the count: --shard auto/N with JOB_COMPLETION_INDEX set")
            }
            let id = try number(idValue, what: idName, in: idValue)
            let minimum = try environment["SLURM_ARRAY_TASK_MIN"].map { value throws(ShardError) in
                try number(value, what: "SLURM_ARRAY_TASK_MIN", in: value)
            } ?? 0
            let count = try number(countValue, what: "SLURM_ARRAY_TASK_COUNT", in: countValue)
            return try Shard(index: id - minimum, count: count)
        }
        guard parts.count == 2 else { throw ShardError("expected I/N (e.g. 0/4), 'auto' or 'auto/N', got '\(text)'") }
        return try Shard(index: try number(parts[0], what: "shard index", in: text),
                         count: try number(parts[1], what: "shard count", in: text))
    }

    /// The first of `names` set in `environment`.
    private static func indexVariable(_ environment: [String: String], names: [String]) throws(ShardError) -> (String, String) {
        for name in names {
            if let value = environment[name] { return (name, value) }
        }
        throw ShardError("--shard auto needs \(names.joined(separator: " or ")) in the environment (not set)")
    }

    /// A plain decimal number of at most 9 digits (so it never overflows), sign not allowed.
    private static func number(_ text: String, what: String, in whole: String) throws(ShardError) -> Int {
        let digits = text.utf8
        guard !digits.isEmpty, digits.count <= 9,
            digits.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }), let value = Int(text)
        else { throw ShardError("\(what) must be a non-negative whole number, got '\(text)'" + (text == whole ? "" : " in '\(whole)'")) }
        return value
    }
}

/// A `--shard` that cannot be used, with the reason.
package struct ShardError: Error, Sendable, Equatable, CustomStringConvertible {
    package var message: String

    package init(_ message: String) {
        self.message = message
    }

    package var description: String { message }
}
