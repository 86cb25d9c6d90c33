/// What a command prints and how it exits; the executable only writes these out.
public struct CommandOutput: Sendable, Hashable {
    public var stdout: String
    public var stderr: String
    public var exitCode: Int32

    public init(stdout: String = "", stderr: String = "", exitCode: Int32 = ExitStatus.ok) {
        self.stdout = stdout
        self.stderr = stderr
        self.exitCode = exitCode
    }
}

/// Exit statuses of every lrlab command.
public enum ExitStatus {
    /// Everything checked out.
    public static let ok: Int32 = 0
    /// The checked condition failed (diff beyond tolerance, trial failures).
    public static let checkFailed: Int32 = 1
    /// Usage or input error (an invalid experiment file included).
    public static let invalidInput: Int32 = 2
}
