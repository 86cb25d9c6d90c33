#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The C library's elementary functions the generators need, without Foundation.
enum DataMath {
    @inline(__always) static func exp(_ x: Double) -> Double { cExp(x) }
    @inline(__always) static func log(_ x: Double) -> Double { cLog(x) }
    @inline(__always) static func sin(_ x: Double) -> Double { cSin(x) }
    @inline(__always) static func cos(_ x: Double) -> Double { cCos(x) }
}

// File-level forwarders: inside `DataMath`, a bare `exp` would name the static member itself.
@inline(__always) private func cExp(_ x: Double) -> Double { exp(x) }
@inline(__always) private func cLog(_ x: Double) -> Double { log(x) }
@inline(__always) private func cSin(_ x: Double) -> Double { sin(x) }
@inline(__always) private func cCos(_ x: Double) -> Double { cos(x) }
