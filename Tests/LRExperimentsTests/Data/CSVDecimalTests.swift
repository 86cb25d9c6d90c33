import Foundation
import Testing
@testable import LRConfig

/// The exact fast path for decimal cells against `Double(String)`: whenever it answers, the
/// answer has the same bits; and `CSVNumber.value` accepts and refuses what it did before.
@Suite struct CSVDecimalTests {
    /// A small seeded generator, so a failure names a reproducible case.
    struct SplitMix: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    /// `CSVNumber.value` as it was before the fast path: letters other than `e` refuse a cell,
    /// then `Double` reads it (with `,` as the mark, after swapping it for `.`).
    static func referenceValue(_ field: Substring, decimalMark: Character) -> Double? {
        guard !field.isEmpty, !field.contains(where: { $0.isLetter && $0 != "e" && $0 != "E" }) else { return nil }
        if decimalMark == "." { return Double(field) }
        guard !field.contains(".") else { return nil }
        return Double(String(field.map { $0 == decimalMark ? "." : $0 }))
    }

    static func fast(_ text: String, point: UInt8 = UInt8(ascii: ".")) -> Double? {
        let field = Substring(text)
        return CSVDecimal.exactValue(field.utf8.span, point: point)
    }

    /// A random decimal string: sign, digits, point, exponent, up to 25 characters in all.
    static func randomDecimal(_ random: inout SplitMix) -> String {
        var text = ["", "", "-", "+"].randomElement(using: &random)!
        let digits = Int.random(in: 0...20, using: &random)
        let pointAt = Bool.random(using: &random) ? Int.random(in: 0...digits, using: &random) : -1
        for index in 0...digits {
            if index == pointAt { text += "." }
            if index < digits {
                // Runs of zeros and nines find carries and trailing-zero cases.
                let pool = ["0", "9", "1", "5", String(Int.random(in: 0...9, using: &random))]
                text += pool.randomElement(using: &random)!
            }
        }
        if Int.random(in: 0..<3, using: &random) == 0 {
            text += ["e", "E"].randomElement(using: &random)! + ["", "-", "+"].randomElement(using: &random)!
            text += String(Int.random(in: 0...400, using: &random))
        }
        return String(text.prefix(25))
    }

    static let edgeCases: [String] = {
        var cases = [
            "0", "-0", "+0", "0.0", "-0.0", "-0e5", "0e-400", "0e400", "1e5", "1E5", "1e+5", "1e-5", ".5", "5.", "-.5",
            "+.5", "5.e3", ".e3", ".", "+", "-", "e5", "1e", "1e+", "1e-", "1.2.3", "1e5e5", "--1", "+-1", " 1", "1 ",
            "1_000", "0x10", "0x1p3", "inf", "-inf", "Infinity", "nan", "NaN", "1,5", "١", "１", "1\u{301}", "",
            "9007199254740991", "9007199254740992", "9007199254740993", "9007199254740991e22", "9007199254740991e-22",
            "9007199254740991e23", "9007199254740991e-23", "1e22", "1e23", "1e-22", "1e-23", "4.9e-324", "2.5e-324",
            "1.7976931348623157e308", "1.7976931348623159e308", "1e308", "1e309", "3.4028234663852886e38",
            "3.4028235677973366e38", "0.1", "0.2", "0.3", "123456789012345678", "12345678901234567890123",
            "0.000000000000000000000000000001", "100000000000000000000000", "1e0000000000000000000005",
            "1" + String(repeating: "0", count: 30) + "e-30", "0." + String(repeating: "0", count: 30) + "1e30",
            "1e100000", "1e-100000", "1e99999999999999999999",
        ]
        // Around 2^53 and 10^22, with fractions and exponents that keep w the same.
        for w in [(1 << 53) - 2, (1 << 53) - 1, 1 << 53, (1 << 53) + 1] {
            for e in [-23, -22, -21, 0, 21, 22, 23] { cases.append("\(w)e\(e)") }
            cases.append("0.\(w)")
            cases.append("\(w).0")
        }
        return cases
    }()

    @Test func edgeCasesAgreeWithDouble() {
        for text in Self.edgeCases {
            if let value = Self.fast(text) {
                #expect(value.bitPattern == Double(text)?.bitPattern, "\(text)")
            }
            for mark: Character in [".", ","] {
                let new = CSVNumber.value(Substring(text), decimalMark: mark)
                let old = Self.referenceValue(Substring(text), decimalMark: mark)
                #expect(new?.bitPattern == old?.bitPattern, "\(text) with mark \(mark)")
            }
        }
        // The cases the fast path is for are taken by it.
        for text in ["0", "-0", "1e5", ".5", "5.", "+5", "0.1", "9007199254740991", "1e22", "1e-22", "12.75"] {
            #expect(Self.fast(text) != nil, "\(text)")
        }
        #expect(Self.fast("-0")?.sign == .minus)
        #expect(Self.fast("1,5", point: UInt8(ascii: ",")) == 1.5)
        #expect(Self.fast("1.5", point: UInt8(ascii: ",")) == nil)
    }

    @Test func randomDecimalsAgreeWithDouble() {
        var random = SplitMix(state: 0x5EED)
        var taken = 0
        for _ in 0..<200_000 {
            let text = Self.randomDecimal(&random)
            let expected = Double(text)
            if let value = Self.fast(text) {
                taken += 1
                guard value.bitPattern == expected?.bitPattern else {
                    Issue.record("\(text): fast \(value), Double \(String(describing: expected))")
                    return
                }
            }
            let new = CSVNumber.value(Substring(text), decimalMark: ".")
            guard new?.bitPattern == expected?.bitPattern else {
                Issue.record("\(text): value \(String(describing: new)), Double \(String(describing: expected))")
                return
            }
        }
        // Most random strings fit the fast path; the rest still agree through `Double`.
        #expect(taken > 50_000)
    }

    /// Random bytes from the characters numbers are made of (and a few others).
    @Test func randomJunkAgreesWithTheOldReading() {
        var random = SplitMix(state: 0xC0FFEE)
        let alphabet = Array("0123456789+-.,eE _xXpPinfaINFA\t")
        for _ in 0..<100_000 {
            let length = Int.random(in: 0...12, using: &random)
            let text = String((0..<length).map { _ in alphabet.randomElement(using: &random)! })
            for mark: Character in [".", ","] {
                let new = CSVNumber.value(Substring(text), decimalMark: mark)
                let old = Self.referenceValue(Substring(text), decimalMark: mark)
                guard new?.bitPattern == old?.bitPattern else {
                    Issue.record("\"\(text)\" with mark \(mark): \(String(describing: new)) vs \(String(describing: old))")
                    return
                }
            }
        }
    }
}
