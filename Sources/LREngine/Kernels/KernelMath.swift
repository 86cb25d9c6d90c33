// The kernels' elementary functions: lrlab's own (`Elementary`), never the platform's C
// library, whose last bits differ between glibc and Apple's libm.

@inline(__always) func libmExp(_ x: Float) -> Float { Elementary.exp(x) }
@inline(__always) func libmExp(_ x: Double) -> Double { Elementary.exp(x) }
@inline(__always) func libmLog(_ x: Double) -> Double { Elementary.log(x) }
@inline(__always) func libmLog1p(_ x: Double) -> Double { Elementary.log1p(x) }
@inline(__always) func libmExpm1(_ x: Float) -> Float { Elementary.expm1(x) }
@inline(__always) func libmTanh(_ x: Float) -> Float { Elementary.tanh(x) }
@inline(__always) func libmErf(_ x: Double) -> Double { Elementary.erf(x) }
@inline(__always) func libmCos(_ x: Double) -> Double { Elementary.cos(x) }
@inline(__always) func libmSin(_ x: Double) -> Double { Elementary.sin(x) }
