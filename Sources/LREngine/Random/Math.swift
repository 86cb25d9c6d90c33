#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Natural logarithm from the C library, without pulling Foundation into the engine.
@inline(__always) func _log(_ x: Double) -> Double { log(x) }
