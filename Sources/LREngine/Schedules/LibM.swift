// The schedules' elementary functions: lrlab's own (`Elementary`), so a schedule gives the same
// bits on every platform. Python's `**`, `math.cos` and `math.exp` round correctly or nearly so;
// these are within 3 ulp (measured in docs/numerics.md), far inside the PyTorch parity tolerances.

/// `x` raised to `y`.
@inline(__always) func _pow(_ x: Double, _ y: Double) -> Double { Elementary.pow(x, y) }

/// Cosine in radians.
@inline(__always) func _cos(_ x: Double) -> Double { Elementary.cos(x) }

/// Exponential.
@inline(__always) func _exp(_ x: Double) -> Double { Elementary.exp(x) }
