import LREngine

/// The optimizer's rate throughout.
struct ConstantScheduleKind: ScheduleKind {
    static let name = "constant"
    static let doc = "The optimizer's rate throughout."
    static let keys: [KindKey] = []

    func make(_ c: ScheduleContext) -> any LRSchedule { ConstantSchedule(baseLR: c.baseLR) }
}

extension ConstantScheduleKind {
    /// Decodes the kind (it has no keys).
    init?(_ f: Fields, reader: inout SectionReader) {}
}
