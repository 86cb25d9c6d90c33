/// The elementary functions the generators need: lrlab's own (`Elementary`), so a generated
/// data set has the same bits on every platform.
enum DataMath {
    @inline(__always) static func exp(_ x: Double) -> Double { Elementary.exp(x) }
    @inline(__always) static func log(_ x: Double) -> Double { Elementary.log(x) }
    @inline(__always) static func sin(_ x: Double) -> Double { Elementary.sin(x) }
    @inline(__always) static func cos(_ x: Double) -> Double { Elementary.cos(x) }
}
