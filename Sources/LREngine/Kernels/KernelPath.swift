import CKernels

/// The instruction-set path the numeric kernels run on. Every path computes every element with
/// the same IEEE operations in the same order, so results are bit-identical whichever runs;
/// only the speed differs.
public enum KernelPath: String, CaseIterable, Sendable, CustomStringConvertible {
    case portable
    case avx2
    case avx512

    var code: Int32 {
        switch self {
        case .portable: Int32(LRK_PATH_PORTABLE.rawValue)
        case .avx2: Int32(LRK_PATH_AVX2.rawValue)
        case .avx512: Int32(LRK_PATH_AVX512.rawValue)
        }
    }

    public var description: String { rawValue }

    /// Whether this CPU (and OS) can run the path.
    public var isAvailable: Bool { lrk_path_available(code) != 0 }

    /// The paths this CPU can run, slowest first.
    public static var available: [KernelPath] { allCases.filter(\.isAvailable) }

    /// The fastest path this CPU can run.
    public static let detected: KernelPath = available.last ?? .portable

    /// The environment variable that forces a path.
    public static let environmentKey = "LRLAB_KERNEL"

    /// The path `LRLAB_KERNEL` asks for (nil or empty: the detected one); a name that is not a
    /// path, or a path this CPU cannot run, is an error.
    public static func resolve(_ requested: String?) throws(KernelPathError) -> KernelPath {
        guard let requested, !requested.isEmpty else { return detected }
        guard let path = KernelPath(rawValue: requested) else {
            throw KernelPathError(
                "\(environmentKey)=\(requested) is not a kernel path; use one of "
                    + allCases.map(\.rawValue).joined(separator: ", "))
        }
        guard path.isAvailable else {
            throw KernelPathError(
                "\(environmentKey)=\(requested): this CPU cannot run the \(requested) path; "
                    + "available: " + available.map(\.rawValue).joined(separator: ", "))
        }
        return path
    }

    /// The selection made from the environment at start-up (read once).
    public static let selection: Result<KernelPath, KernelPathError> = Result {
        () throws(KernelPathError) -> KernelPath in
        try resolve(lrk_environment(environmentKey).map { String(cString: $0) })
    }

    /// A path forced for the current task and its children (tests run every path in one
    /// process this way); nil: the start-up selection.
    @TaskLocal public static var forced: KernelPath?

    /// The path the kernels run on: a forced path, else the environment's choice, else the
    /// detected path when that choice is invalid (the command line reports `selection`'s error
    /// before any work).
    public static var active: KernelPath {
        if let forced, forced.isAvailable { return forced }
        switch selection {
        case .success(let path): return path
        case .failure: return detected
        }
    }

    /// The measured single-core FP32 peak of this path in GFLOP/s (independent FMA chains).
    public func measuredPeakGFLOPS(seconds: Double = 0.2) -> Double {
        lrk_measure_peak_gflops(code, seconds)
    }
}

/// An invalid `LRLAB_KERNEL`.
public struct KernelPathError: Error, Equatable, CustomStringConvertible {
    public let description: String
    init(_ description: String) { self.description = description }
}
