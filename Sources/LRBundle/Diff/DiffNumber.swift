import Foundation
import LRConfig

/// Numbers as the diff prints them: rounded to significant digits when asked, else shortest
/// round-trip form.
package enum DiffNumber {
    /// `value` rounded to `digits` significant digits (unchanged when nil or not finite).
    package static func rounded(_ value: Double, _ digits: Int?) -> Double {
        guard let digits, value.isFinite, value != 0 else { return value }
        return Double(String(format: "%.\(max(0, digits - 1))e", value)) ?? value
    }

    /// Text of `value` with `digits` significant digits; `nan`, `inf`, `-inf` when not finite.
    package static func text(_ value: Double?, _ digits: Int?) -> String {
        guard let value else { return "—" }
        if value.isNaN { return "nan" }
        if value.isInfinite { return value > 0 ? "inf" : "-inf" }
        let r = rounded(value, digits)
        if r == r.rounded(), abs(r) < 1e15 { return String(Int64(r)) }
        return "\(r)"
    }

    /// Signed text, `+` in front of positive changes.
    package static func signed(_ value: Double?, _ digits: Int?) -> String {
        guard let value else { return "—" }
        return (value > 0 ? "+" : "") + text(value, digits)
    }

    /// A relative change as a percentage, e.g. `+6.5%`; `—` when the old value is 0.
    package static func percent(_ value: Double?, _ digits: Int?) -> String {
        guard let value, value.isFinite else { return "—" }
        return signed(value * 100, digits ?? 4) + "%"
    }

    /// A JSON number rounded to `digits` (null when not finite).
    package static func json(_ value: Double?, _ digits: Int?) -> JSONValue {
        guard let value, value.isFinite else { return .null }
        return .number(rounded(value, digits))
    }
}
