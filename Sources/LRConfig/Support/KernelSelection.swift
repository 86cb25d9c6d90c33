import LREngine

/// The kernel path chosen at start-up, for the command line (which imports no engine types).
package enum KernelSelection {
    /// Why `LRLAB_KERNEL` cannot be honoured, or nil when it can (or is unset).
    package static var error: String? {
        switch KernelPath.selection {
        case .success: nil
        case .failure(let error): error.description
        }
    }

    /// The path the kernels run on: `portable`, `avx2` or `avx512`.
    package static var active: String { KernelPath.active.rawValue }

    /// The paths this CPU can run, fastest last.
    package static var available: [String] { KernelPath.available.map(\.rawValue) }

    /// The active path's single-core FP32 peak in GFLOP/s, measured with independent FMA
    /// chains for `seconds`.
    package static func measuredPeakGFLOPS(seconds: Double = 0.2) -> Double {
        KernelPath.active.measuredPeakGFLOPS(seconds: seconds)
    }
}
