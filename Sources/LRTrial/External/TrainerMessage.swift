/// lrlab's messages to a trainer, written by hand so every rate is the shortest text that
/// reads back as the same Double (bit for bit).
enum TrainerMessage {
    static func number(_ value: Double) -> String {
        value.isFinite ? "\(value)" : "null"
    }

    static func string(_ value: String) -> String {
        var out = "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    /// `"lr":[…],"momentum":…` for rates `lr` and `momentum`.
    static func rateFields(_ lr: [Double], momentum: Double?) -> String {
        "\"lr\":[\(lr.map(number).joined(separator: ","))],\"momentum\":\(momentum.map(number) ?? "null")"
    }

    static func rates(_ lr: [Double], momentum: Double?) -> String {
        "{\"type\":\"rates\",\(rateFields(lr, momentum: momentum))}"
    }

    static func stop(_ reason: String) -> String {
        "{\"type\":\"stop\",\"reason\":\(string(reason))}"
    }

    static func checkpoint(_ type: String, path: String) -> String {
        "{\"type\":\(string(type)),\"path\":\(string(path))}"
    }
}
