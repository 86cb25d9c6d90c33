import Foundation
import Testing
@testable import LRConfig

/// The byte reader against the general reader: on every file, `CSVLoader.parse` (which tries
/// the byte reader first) gives the same dataset, bit for bit, or the same error (file, line,
/// column, message) as the general reader alone.
@Suite struct CSVByteReaderTests {
    typealias SplitMix = CSVDecimalTests.SplitMix

    static func outcome(_ read: () throws(CSVError) -> LoadedDataset) -> String {
        do {
            let loaded = try read()
            return "ok \(CSVBuiltinContentTests.digest(loaded))"
        } catch {
            return "error \(error.description) [\(String(describing: error.line)):\(String(describing: error.column))]"
        }
    }

    static func compare(_ text: String, _ options: CSVOptions) -> (same: Bool, fast: Bool, ok: Bool) {
        let both = outcome { () throws(CSVError) in try CSVLoader.parse(text, file: "f.csv", options: options) }
        let general = outcome { () throws(CSVError) in try CSVLoader.parseGenerally(text, file: "f.csv", options: options) }
        let fast = CSVByteReader.read(Array(text.utf8), file: "f.csv", options: options) != nil
        return (both == general, fast, general.hasPrefix("ok"))
    }

    /// Cells good and bad: numbers the fast path takes and those it leaves, markers, text,
    /// blanks, quotes, non-ASCII, numbers `Double` reads but the loader refuses.
    static let cells = [
        "1", "0", "-0", "2.5", "+3", ".5", "5.", "1e3", "16", "0.038075906433423026", "1e400", "3.5e38", "-1e39",
        "12345678901234567890", "1,5", "abc", "", " ", " 7 ", "\t8", "?", "NA", "na", "\"q\"", "\"1\"", "1_0", "é",
        "0x10", "inf", "nan", "a", "b", "1.2.3", "9e-50", "-999",
        // Quoted fields: whole, with blanks around or inside, empty, escaped, unterminated, after text.
        "\"2\"", " \"3\" ", "\" 4 \"", "\"\"", "\"a,b\"", "\"a;b\"", "\"a\tb\"", "\"x\"\"y\"", "\"open", "\"q\" z",
        "z \"q\"", "\"é\"", "\"?\"", "\"NA\"", "\"1e400\"",
    ]

    static func randomText(_ random: inout SplitMix, delimiter: Character, columns: Int, header: Bool) -> String {
        let ends = ["\n", "\r\n", "\r"]
        var lines: [String] = []
        if header {
            var names = (0..<columns).map { $0 == columns - 1 ? "target" : "c\($0)" }
            if Int.random(in: 0..<25, using: &random) == 0 { names[0] = ["", "c1", " c0 ", "\"c0\"", "é", " \"c0\" ", "\"c 0\"", "\"c\"\"0\""].randomElement(using: &random)! }
            // As R writes them: every name quoted.
            if Int.random(in: 0..<4, using: &random) == 0 { names = names.map { "\"\($0)\"" } }
            lines.append(names.joined(separator: String(delimiter)))
        }
        let rows = Int.random(in: 0...6, using: &random)
        for _ in 0..<rows {
            if Int.random(in: 0..<10, using: &random) == 0 { lines.append(["", " ", "\t", " \t "].randomElement(using: &random)!) }
            var fields = (0..<columns).map { column -> String in
                if column == columns - 1 { return ["0", "1", "2", "x", "y", "2.5", "?"].randomElement(using: &random)! }
                // Mostly plain numbers, so many files load.
                if Int.random(in: 0..<4, using: &random) != 0 { return String(Int.random(in: 0...16, using: &random)) }
                return cells.randomElement(using: &random)!
            }
            if Int.random(in: 0..<30, using: &random) == 0 { fields.append("1") }
            if Int.random(in: 0..<30, using: &random) == 0, fields.count > 1 { fields.removeLast() }
            lines.append(fields.joined(separator: String(delimiter)))
        }
        var text = ""
        for line in lines { text += line + ends.randomElement(using: &random)! }
        if Bool.random(using: &random), !text.isEmpty { text.removeLast() }
        if Int.random(in: 0..<20, using: &random) == 0 { text = "\u{FEFF}" + text }
        return text
    }

    static func randomOptions(_ random: inout SplitMix, delimiter: Character, columns: Int, header: Bool) -> CSVOptions {
        var options = CSVOptions(
            targetKind: CSVOptions.TargetKind.allCases.randomElement(using: &random)!, delimiter: delimiter, header: header)
        if !header { options.columns = (0..<columns).map { $0 == columns - 1 ? "target" : "c\($0)" } }
        if delimiter != ",", Int.random(in: 0..<4, using: &random) == 0 { options.decimalMark = "," }
        if Bool.random(using: &random) { options.missing = .drop }
        if columns > 2, Int.random(in: 0..<4, using: &random) == 0 { options.categorical = ["c1"] }
        if columns > 2, Int.random(in: 0..<4, using: &random) == 0 { options.dropped = ["c0"] }
        switch Int.random(in: 0..<6, using: &random) {
        case 0: options.missingMarkers = []
        case 1: options.missingMarkers = ["-999", "?"]
        case 2: options.missingMarkers = ["\u{037E}"]  // canonically ";"
        default: break
        }
        return options
    }

    @Test func randomFilesReadAlike() {
        var random = SplitMix(state: 0xC5F)
        var fast = 0
        var loaded = 0
        for _ in 0..<20_000 {
            let delimiter: Character = [",", ",", ";", "\t", " "].randomElement(using: &random)!
            let columns = Int.random(in: 1...4, using: &random)
            let header = Int.random(in: 0..<5, using: &random) != 0
            let text = Self.randomText(&random, delimiter: delimiter, columns: columns, header: header)
            let options = Self.randomOptions(&random, delimiter: delimiter, columns: columns, header: header)
            let result = Self.compare(text, options)
            guard result.same else {
                Issue.record("differs on \(text.debugDescription) with \(options)")
                return
            }
            if result.fast { fast += 1 }
            if result.ok { loaded += 1 }
        }
        // Enough files load, and most of those through the byte reader, for this to mean something.
        #expect(loaded > 2_000)
        #expect(fast > loaded / 2)
    }

    @Test(arguments: [
        "a,target\n1,0\n", "a,target\r\n1,0\r\n\r\n2,1", "\u{FEFF}a,target\n1,0\n", "a,target\n\n \n\t\n1,0\n",
        "a,target\n1,0\n2,1,3\n", "a,target\n1\n", "a,target\n", "a,target\n?,0\n", "a,target\n,0\n", "a,target\n1e400,0\n",
        "a,target\n\"1\",0\n", "a,target\né,0\n", "a,a\n1,0\n", ",target\n1,0\n", "a , target \n 1 , 0 \n",
        "a,target\n0x10,0\n", "a,target\n1_0,0\n", "a,target\nnan,0\n", "a,target\n-0,0\n-0.0,1\n", "",
        "\"a\",\"target\"\n1,\"x\"\n2,\"y\"\n", "\"a\" , \"target\" \n\"1\",0\n", "\"a\"x,target\n1,0\n",
        "a,target\n\"1,0\n", "a,target\n\"1\"\"\",0\n", "a,target\n\" 1\",0\n", "a,target\n\"\",0\n",
    ])
    func filesReadAlike(text: String) {
        for options in [CSVOptions(), CSVOptions(missing: .drop), CSVOptions(targetKind: .regression)] {
            #expect(Self.compare(text, options).same, "\(text.debugDescription) with \(options)")
        }
    }

    /// Whitespace-separated files with lines of blanks: the blank line is skipped by both.
    @Test func blankLinesWithABlankDelimiter() {
        let options = CSVOptions(delimiter: "\t", categorical: ["c"], missingMarkers: [])
        let text = "c\ttarget\nx\t0\n\t\n \t \ny\t1\n"
        #expect(Self.compare(text, options).same)
        #expect(Self.compare(text, options).fast)
    }

    /// A file as R's `write.csv` writes it: quoted names and text, bare numbers.
    @Test func quotedNamesAndTextAreRead() {
        let text = "\"x\",\"colour\",\"target\"\n1.5,\"red, dark\",\"a\"\n2,\"blue\",\"b\"\n"
        let options = CSVOptions(categorical: ["colour"])
        #expect(Self.compare(text, options) == (same: true, fast: true, ok: true))
    }

    @Test func theByteReaderTakesTheBundledDigits() throws {
        let path = "\(Fixtures.packageRoot)/Sources/LRConfig/Resources/Datasets/digits.csv"
        let bytes = try #require(FileManager.default.contents(atPath: path))
        #expect(CSVByteReader.read(Array(bytes), file: "d.csv", options: CSVOptions(targetKind: .classification)) != nil)
    }
}
