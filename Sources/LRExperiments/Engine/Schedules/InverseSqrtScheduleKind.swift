import LREngine

/// `inverse_sqrt`: lr · 1/√(1 + t/timescale).
struct InverseSqrtScheduleKind: ScheduleKind {
    static let name = "inverse_sqrt"
    static let doc = "Inverse square-root decay."
    static let keys = [KindKey("timescale", .integer(.positive), "Ticks over which the rate halves twice.", default: .integer(100))]

    var timescale: Int

    func make(_ c: ScheduleContext) throws -> any LRSchedule {
        try InverseSqrtSchedule(baseLR: c.baseLR, timescale: timescale)
    }
}

extension InverseSqrtScheduleKind {
    init?(_ f: Fields, reader: inout SectionReader) {
        guard let timescale = f.int("timescale") else { return nil }
        self.init(timescale: timescale)
    }
}
