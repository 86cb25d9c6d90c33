import LREngine

/// The optimizer's rate throughout.
package struct ConstantScheduleKind: ScheduleKind {
    package static let name = "constant"
    package static let doc = "The optimizer's rate throughout."
    package static let keys: [KindKey] = []

    package func make(_ c: ScheduleContext) -> any LRSchedule { ConstantSchedule(baseLR: c.baseLR) }
}

extension ConstantScheduleKind {
    /// Decodes the kind (it has no keys).
    package init?(_ f: Fields, reader: inout SectionReader) {}
}
