/// Natural logarithm: lrlab's own (`Elementary`), so random streams give the same bits on
/// every platform.
@inline(__always) func _log(_ x: Double) -> Double { Elementary.log(x) }
