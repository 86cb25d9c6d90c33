import Foundation
import Testing
@testable import LRConfig
@testable import LRBundle
@testable import lrlab
import LRTestSupport
import LRExperimentsTestSupport

/// What `lrlab show` prints for a bundle written by the library.
@Suite struct ShowTextTests {
    @Test func tableOfConfigurationsWithMeanAndStd() throws {
        let files = try TempFiles()
        let (directory, _) = try written(files)
        let output = try Show.parse([directory.path]).output()
        #expect(output.exitCode == 0)
        #expect(output.stderr == "")
        #expect(output.stdout == """
            sample-sweep: 4 trials (2 ok, 2 diverged), lrlab.bundle/1, lrlab \(lrlabVersion)
            objective: val_loss (minimize)

               configuration  optimizer.lr  trials      train_loss      val_loss        val_accuracy
            *  c0000000000a   0.1           2 ok        0.375 ± 0.1768  0.375 ± 0.1768  0.75 ± 0
               c0000000000b   1000.0        2 diverged  -               -               -

            best: c0000000000a (lr=0.1) val_loss 0.375

            """)
    }

    @Test func damagedBundleExitsTwoNamingTheFile() throws {
        let files = try TempFiles()
        let (directory, _) = try written(files)
        try FileManager.default.removeItem(at: directory.appendingPathComponent("metrics.json"))
        let output = try Show.parse([directory.path]).output()
        #expect(output.exitCode == 2)
        #expect(output.stdout == "")
        #expect(output.stderr == "error: \(directory.path)/metrics.json: missing\n")
    }
}

/// The sample runs written as a bundle under `files`.
private func written(_ files: TempFiles) throws -> (URL, BundleManifest) {
    let result = SampleRuns.result(try SampleRuns.experiment(files))
    let directory = URL(fileURLWithPath: files.directory).appendingPathComponent("results/sample-sweep")
    let manifest = try BundleWriter().write(result, provenance: SampleRuns.provenance(), to: directory)
    return (directory, manifest)
}
