import Foundation
import Testing

/// A path in the file is relative to the file; a path given with `--set` is relative to the
/// working directory, as the shell completes it. Both are checked by `validate`.
@Suite struct OverridePathTests {
    static let experiment = """
        version: 1
        name: paths
        data: {source: csv, path: data/points.csv, target: y}
        model: {kind: mlp, hidden: [2]}
        optimizer: {kind: sgd, lr: 0.1}
        train: {epochs: 1, batch_size: 4}

        """

    static let points = "x,y\n" + (0..<12).map { "\(Double($0) / 10),\($0 % 2)" }.joined(separator: "\n") + "\n"

    @Test func fileRelativeInTheFileAndWorkingDirectoryRelativeOnTheCommandLine() throws {
        let scratch = try Scratch()
        try scratch.write("experiments/paths.yaml", Self.experiment)
        try scratch.write("experiments/data/points.csv", Self.points)
        try scratch.write("elsewhere/other.csv", Self.points)
        // From the repository root: the file's own path resolves next to the file.
        let plain = try LRLabBinary.run(["validate", "experiments/paths.yaml"], in: scratch.path)
        #expect(plain.status == 0, "\(plain.stderr)")
        // A --set path resolves against the working directory.
        let set = try LRLabBinary.run(["validate", "experiments/paths.yaml", "--set", "data.path=elsewhere/other.csv"], in: scratch.path)
        #expect(set.status == 0, "\(set.stderr)")
        // …and is checked like the file's: validate refuses what run could not read.
        let missing = try LRLabBinary.run(["validate", "experiments/paths.yaml", "--set", "data.path=data/points.csv"], in: scratch.path)
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("<command line>:1:11: error: data.path: 'data/points.csv': no such file"))
    }

    /// An edited data file shows as a data change in diff (and so in check), not only as moved
    /// numbers.
    @Test func anEditedDataFileIsNamedByDiff() throws {
        let scratch = try Scratch()
        try scratch.write("experiments/paths.yaml", Self.experiment)
        try scratch.write("experiments/data/points.csv", Self.points)
        let cache = ["--cache", scratch.path + "/cache", "--quiet"]
        #expect(try LRLabBinary.run(["run", "experiments/paths.yaml", "--out", "old"] + cache, in: scratch.path).status == 0)
        try scratch.write("experiments/data/points.csv", Self.points.replacingOccurrences(of: "0.3,1", with: "0.35,1"))
        #expect(try LRLabBinary.run(["run", "experiments/paths.yaml", "--out", "new"] + cache, in: scratch.path).status == 0)
        let diff = try LRLabBinary.run(["diff", "old/paths", "new/paths"], in: scratch.path)
        #expect(diff.status == 1)
        #expect(diff.stdout.contains("\n  data changed: points.csv sha256 "), "\(diff.stdout)")
        let same = try LRLabBinary.run(["diff", "old/paths", "old/paths"], in: scratch.path)
        #expect(!same.stdout.contains("data changed"))
    }
}
