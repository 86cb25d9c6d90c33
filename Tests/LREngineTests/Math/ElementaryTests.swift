import Testing

@testable import LREngine

/// lrlab's elementary functions: exact cases, C99 special values, agreement with known values,
/// and golden digests of their bits over a large fixed input set, so a compiler or platform
/// that computes different bits fails here, wherever it runs.
struct ElementaryTests {
    @Test func exactCasesAreExact() {
        #expect(Elementary.exp(Double(0)) == 1)
        #expect(Elementary.log(1) == 0)
        #expect(Elementary.pow(2, 10) == 1024)
        #expect(Elementary.pow(10, 2) == 100)
        #expect(Elementary.pow(10, 22) == 1e22)
        #expect(Elementary.pow(2, -3) == 0.125)
        #expect(Elementary.pow(0.5, 1) == 0.5)
        for e in -20...22 { #expect(Elementary.log10(Elementary.pow(10, Double(e))) == Double(e)) }
        #expect(Elementary.sin(0) == 0)
        #expect(Elementary.cos(0) == 1)
        #expect(Elementary.tanh(Double(0)) == 0)
        #expect(Elementary.erf(0) == 0)
    }

    @Test func specialValuesFollowC99() {
        #expect(Elementary.exp(Double.infinity) == .infinity)
        #expect(Elementary.exp(-Double.infinity) == 0)
        #expect(Elementary.exp(Double(710)) == .infinity)
        #expect(Elementary.exp(Double(-746)) == 0)
        #expect(Elementary.exp(Double(-740)) > 0)  // subnormal, not flushed
        #expect(Elementary.log(0) == -.infinity)
        #expect(Elementary.log(-1).isNaN)
        #expect(Elementary.log(.leastNonzeroMagnitude) == -744.4400719213812)
        #expect(Elementary.log1p(-1) == -.infinity)
        #expect(Elementary.pow(-2, 3) == -8)
        #expect(Elementary.pow(-8, 1.0 / 3).isNaN)
        #expect(Elementary.pow(0, -1) == .infinity)
        #expect(Elementary.pow(-0.0, -1) == -.infinity)
        #expect(Elementary.pow(.nan, 0) == 1)
        #expect(Elementary.pow(1, .nan) == 1)
        #expect(Elementary.pow(0.5, .infinity) == 0)
        #expect(Elementary.sin(.infinity).isNaN)
        #expect(Elementary.tanh(Double(50)) == 1)
        #expect(Elementary.tanh(Double(-50)) == -1)
        #expect(Elementary.erf(10) == 1)
        #expect(Elementary.erfc(30) == 0)
        #expect(Elementary.sigmoid(-800) == 0)
    }

    /// Values from a 50-digit reference (mpmath), rounded to the nearest double.
    @Test func knownValuesWithinTwoUlps() {
        let cases: [(Double, Double)] = [
            (Elementary.exp(Double(1)), 2.718281828459045),
            (Elementary.exp(Double(-10)), 4.5399929762484854e-05),
            (Elementary.log(10), 2.302585092994046),
            (Elementary.log1p(1e-10), 9.9999999995e-11),
            (Elementary.expm1(1e-10), 1.00000000005e-10),
            (Elementary.sin(1), 0.8414709848078965),
            (Elementary.cos(1e6), 0.9367521275331447),
            (Elementary.sin(Double.pi), 1.2246467991473532e-16),
            (Elementary.tanh(Double(0.5)), 0.46211715726000974),
            (Elementary.erf(0.5), 0.5204998778130465),
            (Elementary.erfc(3), 2.209049699858544e-05),
            (Elementary.erfc(10), 2.088487583762545e-45),
            (Elementary.pow(0.999, 10_000), 4.517334597704824e-05),
            (Elementary.pow(1.5, 2.5), 2.7556759606310752),
        ]
        for (got, want) in cases {
            #expect(abs(got - want) <= 2 * want.ulp, "got \(got), want \(want)")
        }
    }

    /// FNV-1a over the result bits of each function on 200,000 inputs from a fixed generator.
    @Test func goldenDigests() {
        let digests: [(String, UInt64)] = [
            ("exp", digest { Elementary.exp($0 * 1450 - 740) }),
            ("expm1", digest { Elementary.expm1($0 * 4 - 2) }),
            ("log", digest { Elementary.log(Elementary.exp($0 * 1400 - 700)) }),
            ("log1p", digest { Elementary.log1p($0 * 2 - 0.999) }),
            ("sin", digest { Elementary.sin($0 * 2000 - 1000) }),
            ("cos", digest { Elementary.cos($0 * 2000 - 1000) }),
            ("tanh", digest { Elementary.tanh($0 * 50 - 25) }),
            ("erf", digest { Elementary.erf($0 * 14 - 7) }),
            ("erfc", digest { Elementary.erfc($0 * 30 - 3) }),
            ("pow", digest { Elementary.pow($0 * 4, $0 * 60 - 30) }),
            ("float", digest { Double(Elementary.tanh(Float($0 * 20 - 10))) + Double(Elementary.exp(Float($0 * 160 - 80))) }),
        ]
        let expected: [String: UInt64] = Self.expected
        for (name, value) in digests {
            #expect(expected[name] == value, "\(name): \(String(value, radix: 16))")
        }
    }

    static let expected: [String: UInt64] = [
        "exp": 0x524f922951d46bb3,
        "expm1": 0x9806368b85d8572b,
        "log": 0x07e520bc48746053,
        "log1p": 0x1aa22743ccda4518,
        "sin": 0xb7b42ea7e40ff6ea,
        "cos": 0x68d1a8a9df94ba38,
        "tanh": 0x2c2457b72899e836,
        "erf": 0x155f73213df0bdf0,
        "erfc": 0xd6fbcb1595eddc66,
        "pow": 0xcbf3e2303d6f60e7,
        "float": 0xbb41e2b8a6f2854b,
    ]

    /// FNV-1a 64 over the bit patterns of `f(u)` for 200,000 u in [0, 1) from SplitMix64.
    func digest(_ f: (Double) -> Double) -> UInt64 {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for _ in 0..<200_000 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            z ^= z >> 31
            let u = Double(z >> 11) * 0x1p-53
            var bits = f(u).bitPattern
            for _ in 0..<8 {
                hash = (hash ^ (bits & 0xFF)) &* 0x100_0000_01B3
                bits >>= 8
            }
        }
        return hash
    }
}
