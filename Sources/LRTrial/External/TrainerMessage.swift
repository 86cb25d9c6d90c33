import LRConfig

/// lrlab's messages to a trainer, written by hand so every rate is the shortest text that
/// reads back as the same Double (bit for bit).
enum TrainerMessage {
    static func number(_ value: Double) -> String {
        value.isFinite ? "\(value)" : "null"
    }

    /// `"lr":[…],"momentum":…` for rates `lr` and `momentum`.
    static func rateFields(_ lr: [Double], momentum: Double?) -> String {
        "\"lr\":[\(lr.map(number).joined(separator: ","))],\"momentum\":\(momentum.map(number) ?? "null")"
    }

    static func rates(_ lr: [Double], momentum: Double?) -> String {
        "{\"type\":\"rates\",\(rateFields(lr, momentum: momentum))}"
    }

    static func stop(_ reason: String) -> String {
        "{\"type\":\"stop\",\"reason\":\(JSONValue.quote(reason))}"
    }

    static func checkpoint(_ type: String, path: String) -> String {
        "{\"type\":\(JSONValue.quote(type)),\"path\":\(JSONValue.quote(path))}"
    }
}
