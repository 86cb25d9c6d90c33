import Testing
@testable import LRRun

@Suite struct ShardTests {
    @Test func parsesAnIndexOfACount() throws {
        #expect(try Shard.parse("0/3", environment: [:]) == Shard(index: 0, count: 3))
        #expect(try Shard.parse("2/3", environment: [:]) == Shard(index: 2, count: 3))
        #expect(try Shard.parse("0/1", environment: [:]).description == "0/1")
    }

    @Test func theSharesPartitionTheTrials() throws {
        let shards = try (0..<3).map { try Shard(index: $0, count: 3) }
        for position in 0..<20 {
            #expect(shards.count { $0.owns(position: position) } == 1)
            #expect(shards[Shard.of(position: position, count: 3)].owns(position: position))
        }
        #expect((0..<16).filter(shards[0].owns) == [0, 3, 6, 9, 12, 15])
    }

    @Test(arguments: [
        ("5/3", "the shard index must be between 0 and 2 for 3 shards, got 5"),
        ("3/3", "the shard index must be between 0 and 2 for 3 shards, got 3"),
        ("0/0", "the shard count must be between 1 and 100000, got 0"),
        ("-1/3", "shard index must be a non-negative whole number, got '-1' in '-1/3'"),
        ("1/-3", "shard count must be a non-negative whole number, got '-3' in '1/-3'"),
        ("+1/3", "shard index must be a non-negative whole number, got '+1' in '+1/3'"),
        ("abc", "expected I/N (e.g. 0/4), 'auto' or 'auto/N', got 'abc'"),
        ("", "expected I/N (e.g. 0/4), 'auto' or 'auto/N', got ''"),
        ("1/2/3", "expected I/N (e.g. 0/4), 'auto' or 'auto/N', got '1/2/3'"),
        ("/3", "shard index must be a non-negative whole number, got '' in '/3'"),
        ("1/", "shard count must be a non-negative whole number, got '' in '1/'"),
        ("99999999999999999999/3", "shard index must be a non-negative whole number, got '99999999999999999999' in '99999999999999999999/3'"),
        ("1/200000", "the shard count must be between 1 and 100000, got 200000"),
        ("١/3", "shard index must be a non-negative whole number, got '١' in '١/3'"),
        ("auto/x", "shard count must be a non-negative whole number, got 'x' in 'auto/x'"),
        ("auto/2/3", "expected 'auto' or 'auto/N', got 'auto/2/3'"),
    ])
    func refusesBadShards(_ text: String, _ message: String) {
        #expect(throws: ShardError(message)) { try Shard.parse(text, environment: [:]) }
    }

    @Test func autoReadsASlurmArrayTask() throws {
        let env = ["SLURM_ARRAY_TASK_ID": "2", "SLURM_ARRAY_TASK_COUNT": "4"]
        #expect(try Shard.parse("auto", environment: env) == Shard(index: 2, count: 4))
        // `--array=1-4`: ids count from the array's minimum.
        let fromOne = ["SLURM_ARRAY_TASK_ID": "4", "SLURM_ARRAY_TASK_COUNT": "4", "SLURM_ARRAY_TASK_MIN": "1"]
        #expect(try Shard.parse("auto", environment: fromOne) == Shard(index: 3, count: 4))
    }

    @Test func autoWithACountReadsAnIndexedJob() throws {
        #expect(try Shard.parse("auto/5", environment: ["JOB_COMPLETION_INDEX": "4"]) == Shard(index: 4, count: 5))
        #expect(try Shard.parse("auto/5", environment: ["SLURM_ARRAY_TASK_ID": "1"]) == Shard(index: 1, count: 5))
    }

    @Test(arguments: [
        ([String: String](), "auto", "--shard auto needs SLURM_ARRAY_TASK_ID in the environment (not set)"),
        (["SLURM_ARRAY_TASK_ID": "1"], "auto",
         "--shard auto needs SLURM_ARRAY_TASK_COUNT (not set); outside a Slurm array give the count: --shard auto/N with JOB_COMPLETION_INDEX set"),
        (["SLURM_ARRAY_TASK_ID": "x", "SLURM_ARRAY_TASK_COUNT": "4"], "auto",
         "SLURM_ARRAY_TASK_ID must be a non-negative whole number, got 'x'"),
        (["SLURM_ARRAY_TASK_ID": "1", "SLURM_ARRAY_TASK_COUNT": ""], "auto",
         "SLURM_ARRAY_TASK_COUNT must be a non-negative whole number, got ''"),
        (["SLURM_ARRAY_TASK_ID": "7", "SLURM_ARRAY_TASK_COUNT": "4"], "auto",
         "the shard index must be between 0 and 3 for 4 shards, got 7"),
        (["SLURM_ARRAY_TASK_ID": "0", "SLURM_ARRAY_TASK_COUNT": "4", "SLURM_ARRAY_TASK_MIN": "1"], "auto",
         "the shard index must be between 0 and 3 for 4 shards, got -1"),
        ([String: String](), "auto/3", "--shard auto needs JOB_COMPLETION_INDEX or SLURM_ARRAY_TASK_ID in the environment (not set)"),
        (["JOB_COMPLETION_INDEX": "3"], "auto/3", "the shard index must be between 0 and 2 for 3 shards, got 3"),
        (["JOB_COMPLETION_INDEX": "1e3"], "auto/3", "JOB_COMPLETION_INDEX must be a non-negative whole number, got '1e3'"),
    ])
    func autoRefusesABadEnvironment(_ environment: [String: String], _ text: String, _ message: String) {
        #expect(throws: ShardError(message)) { try Shard.parse(text, environment: environment) }
    }
}
