/// A time span as written in an experiment file: seconds as a number, or a number followed by
/// `s`, `m` or `h` (`90s`, `10m`, `1.5h`).
package enum Duration {
    /// The JSON Schema pattern of the written form.
    package static let pattern = "^[0-9]+(\\.[0-9]+)?[smh]$"

    /// Longest accepted span: 30 days.
    package static let maxSeconds = 30.0 * 86_400

    /// The span of `node` in seconds; nil when it is not a duration or is negative or too long.
    package static func seconds(_ node: ConfigNode) -> Double? {
        let value: Double?
        switch node.scalar {
        case .int(let i)?: value = Double(i)
        case .float(let d)?: value = d
        case .string(let text)?: value = seconds(text)
        default: value = nil
        }
        guard let value, value.isFinite, value > 0, value <= maxSeconds else { return nil }
        return value
    }

    private static func seconds(_ text: String) -> Double? {
        guard let unit = text.last, let scale = ["s": 1.0, "m": 60, "h": 3_600][unit] else { return nil }
        let number = text.dropLast()
        guard !number.isEmpty, number.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }),
            number.first != ".", number.last != ".", let value = Double(number)
        else { return nil }
        return value * scale
    }
}
