import Foundation
import Testing
@testable import LRConfig
@testable import LRRun
import LRTestSupport

@Suite struct SlurmSubmissionTests {
    static func spec(directory: String = "/shared/my lab/it's \"here\"", settings: ExecutorConfig = ExecutorConfig(
        kind: .slurm, partition: "debug", time: "0:30:00", cpusPerTask: 2, mem: "2G", arraySize: 4,
        sbatch: ["--account=lab", "--comment=two words"])) -> SlurmJobSpec
    {
        SlurmJobSpec(
            name: "grid16", lrlab: "\(directory)/bin/lrlab", workingDirectory: directory,
            experimentFile: "\(directory)/exp $HOME `x`.yaml", cacheDirectory: "\(directory)/.lrlab/cache",
            jobDirectory: "\(directory)/.lrlab/cache/slurm/grid16", overrides: ["optimizer.lr=0.1", "name=it's"],
            settings: settings)
    }

    @Test func theScriptAndCommandMatchTheSnapshot() {
        let submission = Self.spec().submission(batch: 2, shards: 4, tasks: [0, 1, 3])
        Snapshot.check(submission.dryRunText, named: "Slurm/dry-run-batch2.txt")
        #expect(submission.logFile(job: "17", task: 3) == "/shared/my lab/it's \"here\"/.lrlab/cache/slurm/grid16/batch2-17_3.out")
    }

    @Test func aMinimalScriptSetsOnlyWhatItMust() {
        let submission = Self.spec(directory: "/w", settings: .init(kind: .slurm)).submission(batch: 1, shards: 8, tasks: Array(0..<8))
        #expect(!submission.script.contains("--partition") && !submission.script.contains("--mem"))
        #expect(submission.script.contains(" --jobs 1 --shard \"${SLURM_ARRAY_TASK_ID}/8\"\n"))
        #expect(submission.arguments == ["--parsable", "--array=0-7", "--output=/w/.lrlab/cache/slurm/grid16/batch1-%A_%a.out"])
    }

    /// The script run by a real shell hands lrlab exactly the paths and overrides given, however
    /// they are spelled.
    @Test func pathsSurviveTheShellIntact() throws {
        let files = try TempFiles()
        let directory = files.directory + "/a dir with 'single' and \"double\" quotes; $(echo no) `no` \\ *"
        try FileManager.default.createDirectory(atPath: directory + "/bin", withIntermediateDirectories: true)
        // A stand-in for lrlab that prints its working directory and arguments, one per line.
        try files.write("fake", "#!/bin/sh\npwd\nfor a in \"$@\"; do printf '%s\\n' \"$a\"; done\n")
        try FileManager.default.copyItem(atPath: files.directory + "/fake", toPath: directory + "/bin/lrlab")
        chmod(directory + "/bin/lrlab", 0o755)
        let submission = Self.spec(directory: directory).submission(batch: 1, shards: 3, tasks: [0, 1, 2])
        let script = try files.write("job.sh", submission.script)
        let result = try ChildProcess.run(
            URL(fileURLWithPath: "/usr/bin/env"), ["SLURM_ARRAY_TASK_ID=2", "/bin/sh", script], in: files.directory)
        #expect(result.status == 0, "\(result.stderr)")
        let expected = [directory, "run", "\(directory)/exp $HOME `x`.yaml", "--set", "optimizer.lr=0.1", "--set", "name=it's",
                        "--cache", "\(directory)/.lrlab/cache", "--jobs", "2", "--shard", "2/3"]
        #expect(result.stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init) == expected)
    }

    @Test(arguments: [
        ("", "''"), ("plain/path-1.yaml", "plain/path-1.yaml"), ("a b", "'a b'"), ("it's", "'it'\\''s'"),
        ("$HOME", "'$HOME'"), ("a\nb", "'a\nb'"), ("é", "'é'"),
    ])
    func shellWords(_ text: String, _ quoted: String) {
        #expect(ShellQuote.word(text) == quoted)
    }

    @Test func arraySpecsAreRanges() {
        #expect(SlurmJobSpec.arraySpec([0, 1, 2, 3]) == "0-3")
        #expect(SlurmJobSpec.arraySpec([5, 0, 1, 3, 7, 8]) == "0-1,3,5,7-8")
        #expect(SlurmJobSpec.arraySpec([2]) == "2")
        #expect(SlurmCluster.tasks(of: [0, 5, 9, 13], shards: 4) == [0, 1])
    }

    @Test(arguments: [
        ("12345\n", "12345"), ("12345;cluster\n", "12345"), ("  7 ", "7"),
        ("Submitted batch job 12\n", nil), ("", nil), ("12\n13\n", nil), ("-1", nil), ("1e5", nil),
        ("99999999999999999999999", nil), ("sbatch: error: invalid partition\n", nil),
    ])
    func jobIDsFromParsableOutput(_ text: String, _ id: String?) {
        #expect(SlurmCommands.jobID(parsable: text) == id)
    }

    @Test func statesFromScontrol() {
        let line = "JobId=7 ArrayJobId=5 ArrayTaskId=1 JobName=x JobState=FAILED Reason=NonZeroExitCode Dependency=(null) ExitCode=3:0\n"
        #expect(SlurmCommands.state(scontrol: line) == "FAILED, exit 3:0")
        #expect(SlurmCommands.state(scontrol: "JobState=CANCELLED") == "CANCELLED")
        #expect(SlurmCommands.state(scontrol: "garbage") == nil)
    }
}
