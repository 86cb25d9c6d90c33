#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

// The C library's `pow`, `cos` and `exp`, without pulling Foundation into the engine. Python's
// `**`, `math.cos` and `math.exp` call the same functions, which keeps schedules bit-close to
// PyTorch's.

/// `x` raised to `y` (C `pow`).
@inline(__always) func _pow(_ x: Double, _ y: Double) -> Double { pow(x, y) }

/// Cosine in radians (C `cos`).
@inline(__always) func _cos(_ x: Double) -> Double { cos(x) }

/// Exponential (C `exp`).
@inline(__always) func _exp(_ x: Double) -> Double { exp(x) }
