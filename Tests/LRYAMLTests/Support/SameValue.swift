@testable import LRYAML

/// Whether two trees hold the same data: resolved scalar values (NaN equal to NaN),
/// sequence items and mapping pairs in order; marks, tags and styles ignored.
func sameValue(_ a: Node, _ b: Node) -> Bool {
    switch (a.content, b.content) {
    case (.scalar, .scalar):
        switch (a.scalarValue, b.scalarValue) {
        case (.float(let x)?, .float(let y)?): return x == y || (x.isNaN && y.isNaN)
        case (let x, let y): return x != nil && x == y
        }
    case (.sequence(let x, _), .sequence(let y, _)):
        return x.count == y.count && zip(x, y).allSatisfy(sameValue)
    case (.mapping(let x, _), .mapping(let y, _)):
        return x.count == y.count
            && zip(x, y).allSatisfy { sameValue($0.key, $1.key) && sameValue($0.value, $1.value) }
    default:
        return false
    }
}
