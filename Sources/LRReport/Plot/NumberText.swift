import Foundation
import LRConfig

/// Numbers as short, deterministic text for plots and reports.
package enum NumberText {
    /// `x` rounded to `significant` significant digits, trailing zeros dropped, with an exponent
    /// only for very large or small magnitudes: `0.1235`, `1.5e-5`, `2.346e6`, `nan`, `inf`.
    package static func compact(_ x: Double, significant: Int = 4) -> String {
        if x.isNaN { return "nan" }
        if x.isInfinite { return x < 0 ? "-inf" : "inf" }
        if x == 0 { return "0" }
        let digits = max(1, min(17, significant))
        let text = PrintfNumber.g(x, digits)
        guard let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) else { return text }
        // `%g` writes `1.5e-05`; drop the plus sign and leading zeros of the exponent.
        let mantissa = text[..<e]
        var exponent = text[text.index(after: e)...]
        var sign = ""
        if exponent.first == "-" { sign = "-" }
        if exponent.first == "-" || exponent.first == "+" { exponent = exponent.dropFirst() }
        while exponent.count > 1, exponent.first == "0" { exponent = exponent.dropFirst() }
        return "\(mantissa)e\(sign)\(exponent)"
    }

    /// A coordinate rounded to two decimals, without trailing zeros (`12.5`, `300`, `-0.25`).
    package static func coordinate(_ x: Double) -> String {
        guard x.isFinite else { return "0" }
        let cents = (x * 100).rounded()
        if cents == 0 { return "0" }
        var text = PrintfNumber.f(cents / 100, 2)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }
}
