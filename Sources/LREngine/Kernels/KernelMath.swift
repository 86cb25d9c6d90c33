#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

// The C library's elementary functions, named so the engine never needs Foundation.

@inline(__always) func libmExp(_ x: Float) -> Float { exp(x) }
@inline(__always) func libmExp(_ x: Double) -> Double { exp(x) }
@inline(__always) func libmLog(_ x: Double) -> Double { log(x) }
@inline(__always) func libmLog1p(_ x: Double) -> Double { log1p(x) }
@inline(__always) func libmExpm1(_ x: Float) -> Float { expm1(x) }
@inline(__always) func libmTanh(_ x: Float) -> Float { tanh(x) }
@inline(__always) func libmErf(_ x: Double) -> Double { erf(x) }
@inline(__always) func libmCos(_ x: Double) -> Double { cos(x) }
@inline(__always) func libmSin(_ x: Double) -> Double { sin(x) }
