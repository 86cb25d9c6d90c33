import Foundation
import Testing
@testable import LRConfig

/// Times the loading of the bundled files (run with `LRLAB_CSV_TIMING=1` on a release build):
/// the whole `CSVLoader.load` call, each under a new name so the memo never answers, and the
/// parse alone. Prints medians; asserts nothing, since timings depend on the machine.
@Suite(.serialized) struct CSVLoadTiming {
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
        let options = CSVOptions(targetKind: .classification)
        var counter = 0
        let load = try Self.median(101) {
            counter += 1
            _ = try CSVLoader.load(contentsOf: url, displayPath: "timing-\(counter)", options: options)
        }
        let parse = try Self.median(101) { _ = try CSVLoader.parse(text, file: "d.csv", options: options) }
        // The reader of quoted and non-ASCII files, and of every error.
        let general = try Self.median(101) { _ = try CSVLoader.parseGenerally(text, file: "d.csv", options: options) }
        print(String(format: "digits: load %.3f ms, parse %.3f ms, general reader %.3f ms (medians of 101)",
                     load * 1e3, parse * 1e3, general * 1e3))
    }

    /// Each bundled dataset's whole `CSVLoader.load` call (as `BuiltinDataset.load` makes it).
    @Test(.enabled(if: enabled)) func everyBuiltin() throws {
        for source in BuiltinDataset.allCases {
            let url = URL(fileURLWithPath: "\(Fixtures.packageRoot)/Sources/LRConfig/Resources/Datasets/\(source.rawValue).csv")
            var counter = 0
            let load = try Self.median(51) {
                counter += 1
                _ = try CSVLoader.load(
                    contentsOf: url, displayPath: "timing-\(counter)", options: CSVOptions(targetKind: source.targetKind))
            }
            print(String(format: "%@: load %.3f ms (median of 51)", source.rawValue, load * 1e3))
        }
    }

    @Test(.enabled(if: profiling)) func digitsParseForProfiling() throws {
        let url = URL(fileURLWithPath: "\(Fixtures.packageRoot)/Sources/LRConfig/Resources/Datasets/digits.csv")
        let text = try #require(String(validating: try Array(Data(contentsOf: url)), as: UTF8.self))
        let parse = try Self.median(1001) { _ = try CSVLoader.parse(text, file: "d.csv", options: CSVOptions(targetKind: .classification)) }
        print(String(format: "digits: parse %.3f ms (median of 1001)", parse * 1e3))
    }
}
