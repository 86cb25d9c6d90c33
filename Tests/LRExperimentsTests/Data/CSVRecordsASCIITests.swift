import Foundation
@testable import LRConfig
import Testing

/// ASCII text is split byte by byte; the records must be what splitting by Character gives.
@Suite struct CSVRecordsASCIITests {
    /// The Character-based reading of unquoted text, as the general path does it.
    static func reference(_ text: String, delimiter: Character = ",") -> [(Int, [String])] {
        let lines = text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }
        var records: [(Int, [String])] = []
        for (index, line) in lines.enumerated() where !line.allSatisfy({ $0 == " " || $0 == "\t" }) {
            let fields = line.split(separator: delimiter, omittingEmptySubsequences: false).map {
                String($0).trimmingCharacters(in: CharacterSet(charactersIn: " \t"))
            }
            records.append((index + 1, fields))
        }
        return records
    }

    static let texts = [
        "a,b\n1,2\n", "a,b\r\n1,2\r\n", "a,b\r1,2\r", "a,b\n\n\n1,2", "a,b\r\n\r\n1,2\n\r\n",
        " a , b \n\t1\t,2 \n", ",,\n,\n", "x\n", "", "\n\n", "a;b\n1;2\n", "a,b\n1,2\r\r\n3,4",
    ]

    @Test(arguments: texts)
    func matchesTheCharacterSplit(text: String) throws {
        for delimiter: Character in [",", ";"] {
            let records = try CSVRecords(text: text, file: "t.csv", delimiter: delimiter).records
            let expected = Self.reference(text, delimiter: delimiter)
            #expect(records.map(\.line) == expected.map(\.0))
            #expect(records.map { $0.fields.map(String.init) } == expected.map(\.1))
        }
    }

    @Test func holdsTheFieldLimitExactly() throws {
        let atLimit = Array(repeating: "1", count: DataLimits.maxColumns).joined(separator: ",")
        #expect(try CSVRecords(text: atLimit, file: "t.csv").records.first?.fields.count == DataLimits.maxColumns)
        do {
            _ = try CSVRecords(text: "a\n" + atLimit + ",1", file: "t.csv")
            Issue.record("one field too many was accepted")
        } catch {
            #expect(error.line == 2)
            #expect(error.column == DataLimits.maxColumns + 1)
        }
    }
}
