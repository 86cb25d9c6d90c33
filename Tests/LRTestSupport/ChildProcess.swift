import Foundation

/// Runs a program to its end and collects what it printed.
public enum ChildProcess {
    public struct Result: Sendable {
        public var stdout: String
        public var stderr: String
        public var status: Int32
    }

    /// Runs `executable` with `arguments` in `directory`, feeding `input` on stdin. Both pipes
    /// are read to their end before waiting, so a full pipe cannot block the child.
    public static func run(
        _ executable: URL, _ arguments: [String], in directory: String, input: String = "",
        environment: [String: String] = [:]
    ) throws -> Result {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if !environment.isEmpty {
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        }
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        let stdin = Pipe(), out = Pipe(), err = Pipe()
        process.standardInput = stdin
        process.standardOutput = out
        process.standardError = err
        try process.run()
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try stdin.fileHandleForWriting.close()
        let group = DispatchGroup()
        nonisolated(unsafe) var errData = Data()
        group.enter()
        DispatchQueue.global().async {
            errData = err.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return Result(
            stdout: String(decoding: outData, as: UTF8.self), stderr: String(decoding: errData, as: UTF8.self),
            status: process.terminationStatus)
    }

    /// Runs git in `directory`; its trimmed stdout, or an error naming the command on failure.
    @discardableResult
    public static func git(_ arguments: [String], in directory: String, input: String = "") throws -> String {
        let result = try run(URL(fileURLWithPath: "/usr/bin/env"), ["git"] + arguments, in: directory, input: input)
        guard result.status == 0 else { throw Failure("git \(arguments.joined(separator: " ")) failed: \(result.stderr)") }
        return result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    public struct Failure: Error, CustomStringConvertible {
        public var description: String
        public init(_ description: String) { self.description = description }
    }
}
