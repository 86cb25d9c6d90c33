import Foundation
import LREngine
import Testing
@testable import LRConfig

/// The five bundled datasets load to the same values, bit for bit, as the loader gave before
/// it read numbers and fields from the bytes: each digest covers every Float's bits, the
/// targets, names, classes and categories.
@Suite struct CSVBuiltinContentTests {
    /// SHA-256 of ``digest(_:)`` per dataset, recorded with the Substring-based loader.
    static let expected: [BuiltinDataset: String] = [
        .iris: "2b3939b0ec4e684149897088cfe4bf046b8e1569b061920d7cc06d258779827d",
        .wine: "44809c5097322abbdc34cdbe7ffa62d05de07a06fbcafd9cdc54faed9998f424",
        .breastCancer: "0e649df0160ae8c7af75955932912c6f53fc42f5fd65a07ec7da1390e92c4d27",
        .digits: "3b9420b8e99c862dd2a25f3c74137b5e372930f74ea3a9afc7efe9ca7f651ed4",
        .diabetes: "6c86c87e198df9a2a0a50954360064267232b1892ecdd96b0b4af73304cf0540",
    ]

    static func digest(_ loaded: LoadedDataset) -> String {
        func bytes(_ words: [UInt64]) -> [UInt8] { words.flatMap { word in (0..<8).map { UInt8(truncatingIfNeeded: word >> ($0 * 8)) } } }
        func text(_ strings: [String]) -> [UInt8] { Array(strings.joined(separator: "\u{0}").utf8) }
        let data = loaded.dataset
        var parts: [[UInt8]] = [
            bytes([UInt64(data.features.rows), UInt64(data.features.columns)]),
            bytes(data.features.storage.map { UInt64($0.bitPattern) }),
            text(data.featureNames),
            bytes(loaded.classValues.map(\.bitPattern)),
            text(loaded.classNames),
        ]
        switch data.targets {
        case .classes(let labels): parts.append(bytes(labels.map { UInt64(bitPattern: Int64($0)) }))
        case .values(let values): parts.append(bytes(values.storage.map { UInt64($0.bitPattern) }))
        }
        switch data.task {
        case .classification(let count): parts.append(bytes([1, UInt64(count)]))
        case .regression: parts.append(bytes([2]))
        }
        for column in loaded.categorical {
            parts.append(text([column.name] + column.categories))
            parts.append(bytes([UInt64(column.feature)]))
        }
        return ContentHash.sha256(lengthPrefixed: parts)
    }

    @Test(arguments: BuiltinDataset.allCases)
    func loadsTheRecordedContent(_ source: BuiltinDataset) throws {
        let loaded = try source.load()
        #expect(Self.digest(loaded) == Self.expected[source])
    }
}
