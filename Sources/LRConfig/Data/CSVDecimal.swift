/// Plain decimal numbers read exactly without `Double(String)`: an optional sign, digits with
/// an optional decimal point, an optional exponent. When the digits make an integer `w` below
/// 2^53 and the power of ten `e` is within ±22, both `w` and `10^|e|` are exact doubles, so one
/// multiplication or division rounds correctly (Clinger's fast path) and gives the very value
/// `Double(String)` gives. Anything else is nil, for the caller to read the slow way.
enum CSVDecimal {
    /// 10^0 … 10^22, each exact in a Double.
    private static let powersOfTen: [Double] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
        1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    ]

    /// The value of `bytes` when they are a decimal number in the fast path's range, with
    /// `point` as the decimal mark; nil otherwise (not necessarily no number).
    static func exactValue(_ bytes: Span<UInt8>, point: UInt8) -> Double? {
        var index = 0
        var negative = false
        if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") {
            negative = bytes[index] == UInt8(ascii: "-")
            index += 1
        }
        var significand: UInt64 = 0
        var digits = 0
        // Fraction digits lower the power of ten, one each.
        var scale = 0
        var inFraction = false
        while index < bytes.count {
            let byte = bytes[index]
            let digit = byte &- UInt8(ascii: "0")
            if digit < 10 {
                // Past 2^53 the fast path cannot hold anyway; stop before UInt64 could overflow.
                guard significand < 1 << 53 else { return nil }
                significand = significand * 10 + UInt64(digit)
                digits += 1
                if inFraction { scale -= 1 }
            } else if byte == point, !inFraction {
                inFraction = true
            } else {
                break
            }
            index += 1
        }
        guard digits > 0 else { return nil }
        if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            index += 1
            var negativeExponent = false
            if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") {
                negativeExponent = bytes[index] == UInt8(ascii: "-")
                index += 1
            }
            var exponent = 0
            var exponentDigits = 0
            while index < bytes.count, bytes[index] &- UInt8(ascii: "0") < 10 {
                exponent = exponent * 10 + Int(bytes[index] &- UInt8(ascii: "0"))
                // A huge exponent may still be cancelled by as many fraction digits: leave it.
                guard exponent < 100_000 else { return nil }
                exponentDigits += 1
                index += 1
            }
            guard exponentDigits > 0 else { return nil }
            scale += negativeExponent ? -exponent : exponent
        }
        // Any other byte (a letter, a blank, a second point, a `_`) is the slow reader's call.
        guard index == bytes.count, significand < 1 << 53, scale >= -22, scale <= 22 else { return nil }
        let magnitude =
            scale < 0 ? Double(significand) / powersOfTen[-scale] : Double(significand) * powersOfTen[scale]
        return negative ? -magnitude : magnitude
    }
}
