/// How values map to positions along an axis.
package enum AxisScale: Sendable, Equatable {
    case linear
    /// Base-10 logarithmic; non-positive values cannot be drawn and are skipped.
    case log

    /// Whether `value` can be drawn on this scale (log: positive and not subnormal).
    package func accepts(_ value: Double) -> Bool {
        value.isFinite && (self == .linear || (value > 0 && value.isNormal))
    }
}
