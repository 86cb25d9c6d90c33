import Foundation
import Testing
@testable import LRBundle

/// A bundle that cannot be written says why in the system's words and exits 2 (an environment
/// error), not 1 (a failed check).
@Suite struct WriteFailureTests {
    @Test(arguments: [
        (CocoaError.Code.fileWriteVolumeReadOnly, "Read-only file system"),
        (.fileWriteNoPermission, "Permission denied"), (.fileWriteOutOfSpace, "No space left on device"),
        (.fileNoSuchFile, "No such file or directory"),
    ])
    func foundationFileErrorsAreTheSystemsReasons(code: CocoaError.Code, reason: String) {
        #expect(AtomicDirectory.reason(CocoaError(code)) == reason)
    }

    @Test func aSiblingThatCannotBeMadeNamesItsDirectoryAndTheRealReason() throws {
        let target = URL(fileURLWithPath: "/nonexistent-lrlab-dir/results/b")
        #expect(throws: BundleError.writeFailed("/nonexistent-lrlab-dir/results", reason: "No such file or directory")) {
            try AtomicDirectory.uniqueSibling(of: target, tag: "tmp")
        }
    }

}
