import Foundation
import LRConfig
import Testing
import LRTestSupport

/// Experiment files and bases that are not regular files are refused at once, without reading
/// (a device never ends) or blocking (a FIFO with no writer never opens).
@Suite struct SpecialFileTests {
    @Test func aDeviceAsBaseIsRefused() throws {
        let files = try TempFiles()
        let path = try files.write("a.yaml", minimalExperiment + "extends: /dev/zero\n")
        let result = ExperimentLoader().check(file: path)
        #expect(result.diagnostics.map(\.message) == ["'/dev/zero': not a regular file"])
    }

    @Test func aFIFOAsExperimentIsRefusedWithoutBlocking() throws {
        let files = try TempFiles()
        let fifo = "\(files.directory)/pipe.yaml"
        #expect(mkfifo(fifo, 0o600) == 0)
        let result = ExperimentLoader().check(file: fifo)
        #expect(result.diagnostics.map(\.message) == ["not a regular file"])
    }

    @Test func emptyFileIsReadAsAnEmptyDocument() throws {
        let files = try TempFiles()
        let path = try files.write("empty.yaml", "")
        let result = ExperimentLoader().check(file: path)
        #expect(!result.diagnostics.isEmpty)
        #expect(result.diagnostics.allSatisfy { $0.file == path })
    }
}
