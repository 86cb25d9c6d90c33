import Foundation
import Testing
@testable import LRConfig

/// Times the loading of the bundled digits file (run with `LRLAB_CSV_TIMING=1` on a release
/// build): the whole `CSVLoader.load` call, each under a new name so the memo never answers,
/// and its parts. Prints medians; asserts nothing, since timings depend on the machine.
@Suite struct CSVLoadTiming {
    static let enabled = ProcessInfo.processInfo.environment["LRLAB_CSV_TIMING"] == "1"
    /// `LRLAB_CSV_TIMING=profile`: only parses, for a long while, for `perf record`.
    static let profiling = ProcessInfo.processInfo.environment["LRLAB_CSV_TIMING"] == "profile"

    static func median(_ runs: Int, _ body: () throws -> Void) rethrows -> Double {
        var seconds: [Double] = []
        for _ in 0..<runs {
            let start = DispatchTime.now().uptimeNanoseconds
            try body()
            seconds.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
        }
        return seconds.sorted()[runs / 2]
    }

    @Test(.enabled(if: enabled)) func digits() throws {
        let url = URL(fileURLWithPath: "\(Fixtures.packageRoot)/Sources/LRConfig/Resources/Datasets/digits.csv")
        let bytes = try Array(Data(contentsOf: url))
        let text = try #require(String(validating: bytes, as: UTF8.self))
        var counter = 0
        let load = try Self.median(101) {
            counter += 1
            _ = try CSVLoader.load(contentsOf: url, displayPath: "timing-\(counter)", options: CSVOptions(targetKind: .classification))
        }
        let parse = try Self.median(101) { _ = try CSVLoader.parse(text, file: "d.csv", options: CSVOptions(targetKind: .classification)) }
        let hash = Self.median(101) { _ = ContentHash.sha256(bytes) }
        let records = try Self.median(101) { _ = try CSVRecords(text: text, file: "d.csv") }
        print(String(format: "digits: load %.3f ms, parse %.3f ms, sha256 %.3f ms, records %.3f ms (medians of 101)",
                     load * 1e3, parse * 1e3, hash * 1e3, records * 1e3))
    }

    @Test(.enabled(if: profiling)) func digitsParseForProfiling() throws {
        let url = URL(fileURLWithPath: "\(Fixtures.packageRoot)/Sources/LRConfig/Resources/Datasets/digits.csv")
        let text = try #require(String(validating: try Array(Data(contentsOf: url)), as: UTF8.self))
        let parse = try Self.median(1001) { _ = try CSVLoader.parse(text, file: "d.csv", options: CSVOptions(targetKind: .classification)) }
        print(String(format: "digits: parse %.3f ms (median of 1001)", parse * 1e3))
    }
}
