import CLibFuzzer
import Foundation
import LRConfig
import LRBundle

/// Fuzz target: what `lrlab show`, `check` and `diff` read from a committed bundle. The first
/// byte picks the reader, the rest is its input:
/// 0 `bundle.json` (JSON, then the manifest's shape), 1 `metrics.json`, 2 a curve CSV,
/// anything else a whole bundle directory written from an archive of
/// `=== relative/path` header lines, each followed by that file's bytes.
/// Any input must end in a `BundleError` or a bundle: a crash, trap or hang is a finding.
@main enum FuzzBundle {
    static func main() {
        exit(lrlab_fuzz_main(CommandLine.argc, CommandLine.unsafeArgv) { data, size in
            FuzzBundle.read(Array(UnsafeBufferPointer(start: data, count: size)))
            return 0
        })
    }

    static func read(_ input: [UInt8]) {
        guard let selector = input.first else { return }
        let body = Array(input.dropFirst())
        switch selector {
        case 0: _ = try? BundleManifest(reading: JSONReader(JSONValue.parse(body)))
        case 1: _ = try? BundleMetrics(reading: JSONReader(JSONValue.parse(body)))
        case 2: _ = try? CurveCSV.table(String(decoding: body, as: UTF8.self))
        default: readDirectory(BundleArchive.files(body))
        }
    }

    /// One scratch directory per process, emptied and refilled for every input.
    static let scratch: URL = FileManager.default.temporaryDirectory
        .appendingPathComponent("lrlab-fuzz-bundle-\(ProcessInfo.processInfo.processIdentifier)")

    static func readDirectory(_ files: [(path: String, bytes: [UInt8])]) {
        let bundle = scratch.appendingPathComponent("bundle")
        try? FileManager.default.removeItem(at: scratch)
        try? FileManager.default.createDirectory(at: bundle, withIntermediateDirectories: true)
        for file in files {
            let target = bundle.appendingPathComponent(file.path)
            try? FileManager.default.createDirectory(
                at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            _ = FileManager.default.createFile(atPath: target.path, contents: Data(file.bytes))
        }
        _ = try? BundleReader.read(bundle.path)
    }
}
