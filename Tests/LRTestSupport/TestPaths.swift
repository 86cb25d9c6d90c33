import Foundation

/// Folders of the repository that tests read, found from this file's path so the tests run
/// wherever the repository is checked out (and need nothing beside it).
public enum TestPaths {
    /// `…/Tests`.
    public static let tests: String = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // LRTestSupport
        .deletingLastPathComponent()  // Tests
        .path

    /// The package root (for `schemas/`, `experiments/`, `results/`).
    public static let packageRoot: String = URL(fileURLWithPath: tests).deletingLastPathComponent().path

    /// `…/Tests/Fixtures`.
    public static let fixtures = tests + "/Fixtures"

    /// `…/Tests/Fixtures/experiments`.
    public static let experimentFixtures = fixtures + "/experiments"

    /// `…/Tests/Snapshots`.
    public static let snapshots = tests + "/Snapshots"
}
