import Foundation
import Testing

import LRTestSupport

/// The Python client's own `unittest` suite (`python/tests`), run with the project's tests.
@Suite struct PythonClientTests {
    @Test(.enabled(if: ExternalTrainerSessionTests.python != nil, "python3 is not installed: the client's tests are not run"))
    func theClientsUnitTestsPass() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: ExternalTrainerSessionTests.python!)
        process.arguments = ["-m", "unittest", "discover", "-s", "tests", "-t", "."]
        process.currentDirectoryURL = URL(fileURLWithPath: TestPaths.packageRoot + "/python")
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(text)")
        #expect(text.contains("OK"), "\(text)")
    }
}
