/// lrlab's own elementary functions.
///
/// Every function here is built from IEEE `+ − × ÷` (and exact operations on the exponent)
/// only: no call into the platform's C math library and no fused multiply-add, whose
/// availability differs between CPUs. IEEE arithmetic is exactly specified, so the same input
/// gives the same bits on every machine, compiler and operating system — which is what lets a
/// bundle made on one machine pass `lrlab check` on another. The maximum errors, measured
/// against a 50-digit reference on over a million inputs per function (`bench/math-accuracy.sh`),
/// are listed in `docs/numerics.md`.
///
/// The `Float` overloads evaluate in `Double` and round once, so they are within an ulp of
/// the exact value in `Float`.
public enum Elementary {}
