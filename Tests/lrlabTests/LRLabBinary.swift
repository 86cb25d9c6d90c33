import Foundation

/// Runs the built `lrlab` executable, found next to the test bundle in the build products
/// directory (as swift-argument-parser's `AssertExecuteCommand` does).
enum LRLabBinary {
    static var url: URL {
        let bundle = Bundle.main.bundleURL
        let products = bundle.lastPathComponent.hasSuffix("xctest") ? bundle.deletingLastPathComponent() : bundle
        return products.appendingPathComponent("lrlab")
    }

    /// `…/Tests/Fixtures/experiments`.
    static let fixtures: String = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/experiments").path

    struct Result {
        var stdout: String
        var stderr: String
        var status: Int32
    }

    /// Runs lrlab with `arguments` in `directory` and collects its output.
    static func run(_ arguments: [String], in directory: String = fixtures) throws -> Result {
        let process = Process()
        process.executableURL = url
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // Read both pipes to the end before waiting, so a full pipe cannot block the child.
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
}
