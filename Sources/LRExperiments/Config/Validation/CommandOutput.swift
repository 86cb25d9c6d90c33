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
