import Foundation
@testable import LRConfig
import Testing

/// `PrintfNumber` writes exactly what `String(format:)` writes, which every committed curve and
/// plot was written with.
@Suite struct PrintfNumberTests {
    static let specials: [Double] = [
        0, -0.0, 1, -1, 0.1, 1e-5, 1.5e-5, 123_456_789, 1e21, 1e-300, 5e-324, .ulpOfOne,
        .greatestFiniteMagnitude, -.greatestFiniteMagnitude, .leastNormalMagnitude, 0.5, 2.5, 0.125,
        9.999_999_95, 99_999.995, .nan, .infinity, -.infinity,
    ]

    @Test func matchesStringFormatOnSpecialValues() {
        for value in Self.specials {
            for digits in [0, 1, 4, 7, 17] {
                #expect(PrintfNumber.g(value, digits) == String(format: "%.\(digits)g", value), "\(value) \(digits)")
                #expect(PrintfNumber.f(value, digits) == String(format: "%.\(digits)f", value), "\(value) \(digits)")
            }
        }
    }

    /// Values across the whole exponent range, from a fixed generator.
    @Test func matchesStringFormatOnManyValues() {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        for _ in 0..<20_000 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let value = Double(bitPattern: state)
            guard value.isFinite else { continue }
            #expect(PrintfNumber.g(value, 7) == String(format: "%.7g", value))
            if abs(value) < 1e20 { #expect(PrintfNumber.f(value, 2) == String(format: "%.2f", value)) }
        }
    }

    @Test func clampsThePrecision() {
        #expect(PrintfNumber.g(1.0 / 3, 99) == String(format: "%.17g", 1.0 / 3))
        #expect(PrintfNumber.g(1.0 / 3, -5) == String(format: "%.0g", 1.0 / 3))
    }
}
