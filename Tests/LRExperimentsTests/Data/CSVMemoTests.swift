import Foundation
@testable import LRConfig
import LRTestSupport
import Testing

/// A file is parsed once per content: the second load of the same bytes does not parse, a
/// changed file does, and a failed parse is not remembered.
@Suite struct CSVMemoTests {
    final class Counter: @unchecked Sendable { var parses = 0 }

    static func load(_ memo: CSVMemo, _ text: String, counter: Counter) throws(CSVError) -> LoadedDataset {
        try memo.dataset(Array(text.utf8), name: "memo.csv", options: CSVOptions()) { () throws(CSVError) in
            counter.parses += 1
            return try CSVLoader.parse(text, file: "memo.csv", options: CSVOptions())
        }
    }

    @Test func parsesEachContentOnce() throws {
        let memo = CSVMemo()
        let counter = Counter()
        let first = try Self.load(memo, "a,target\n1,0\n2,1\n", counter: counter)
        let again = try Self.load(memo, "a,target\n1,0\n2,1\n", counter: counter)
        #expect(counter.parses == 1)
        #expect(first == again)
        let changed = try Self.load(memo, "a,target\n1,0\n3,1\n", counter: counter)
        #expect(counter.parses == 2)
        #expect(changed != first)
    }

    @Test func forgetsFailuresAndOldFiles() throws {
        let memo = CSVMemo()
        let counter = Counter()
        for _ in 0..<2 { #expect(throws: CSVError.self) { try Self.load(memo, "a,target\n", counter: counter) } }
        #expect(counter.parses == 2)
        for i in 0...CSVMemo.capacity { _ = try Self.load(memo, "a,target\n\(i),0\n\(i + 1),1\n", counter: counter) }
        #expect(counter.parses == 2 + CSVMemo.capacity + 1)
        _ = try Self.load(memo, "a,target\n0,0\n1,1\n", counter: counter)  // evicted: parsed again
        #expect(counter.parses == 2 + CSVMemo.capacity + 2)
    }

    /// Through the loader: a file rewritten between two loads is read anew.
    @Test func theLoaderSeesAChangedFile() throws {
        let files = try TempFiles()
        let path = try files.write("d.csv", "a,target\n1,0\n2,1\n")
        let first = try CSVLoader.load(contentsOf: URL(fileURLWithPath: path))
        try files.write("d.csv", "a,target\n5,0\n6,1\n7,1\n")
        let second = try CSVLoader.load(contentsOf: URL(fileURLWithPath: path))
        #expect(first.dataset.count == 2)
        #expect(second.dataset.count == 3)
    }
}
