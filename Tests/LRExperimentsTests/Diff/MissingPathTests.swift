import Testing
@testable import LRExperiments

/// A bundle path the arguments name that neither side has is an error (exit 2), not an
/// "added" bundle between two absent sides.
@Suite struct MissingPathTests {
    @Test func pathOnNeitherSideIsNotFound() throws {
        let repo = try DiffRepository.shared.get()
        let out = repo.diff(["HEAD:no/such/path", "HEAD"])
        #expect(out.exitCode == ExitStatus.invalidInput)
        #expect(out.stderr == "error: no/such/path: no bundle on either side\n")
        #expect(out.stdout.isEmpty)
    }
}
