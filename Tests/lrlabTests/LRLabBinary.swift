import Foundation
import LRTestSupport

/// Runs the built `lrlab` executable, found next to the test bundle in the build products
/// directory (as swift-argument-parser's `AssertExecuteCommand` does).
enum LRLabBinary {
    static var url: URL {
        let bundle = Bundle.main.bundleURL
        let products = bundle.lastPathComponent.hasSuffix("xctest") ? bundle.deletingLastPathComponent() : bundle
        return products.appendingPathComponent("lrlab")
    }

    /// `…/Tests/Fixtures/experiments`.
    static let fixtures = TestPaths.experimentFixtures

    typealias Result = ChildProcess.Result

    /// Runs lrlab with `arguments` in `directory` and collects its output.
    static func run(_ arguments: [String], in directory: String = fixtures, environment: [String: String] = [:]) throws -> Result {
        try ChildProcess.run(url, arguments, in: directory, environment: environment)
    }
}
