import Foundation
import LRConfig

/// The machine and build that produced a bundle, for `provenance.json`: a bundle that differs
/// between two machines is explained first by what differs here.
package struct Platform: Sendable, Equatable {
    /// `linux`, `macos`, …
    package var os: String
    /// The operating system's own description of its version.
    package var osVersion: String
    /// `x86_64`, `arm64`, …
    package var architecture: String
    /// The Swift compiler lrlab was built with, to the minor version (e.g. `6.3`).
    package var compiler: String
    /// The processor's model name where the system says it (Linux: `/proc/cpuinfo`), else nil.
    package var cpu: String?
    /// The numeric kernels' instruction-set path (`portable`, `avx2`, `avx512`).
    package var kernelPath: String = KernelSelection.active

    package init(os: String, osVersion: String, architecture: String, compiler: String, cpu: String?) {
        self.os = os
        self.osVersion = osVersion
        self.architecture = architecture
        self.compiler = compiler
        self.cpu = cpu
    }

    /// This process's platform.
    package static var current: Platform {
        Platform(
            os: osName, osVersion: ProcessInfo.processInfo.operatingSystemVersionString,
            architecture: architectureName, compiler: compilerVersion, cpu: cpuModel())
    }

    var json: JSONValue {
        .object([
            ("os", .string(os)), ("os_version", .string(osVersion)), ("architecture", .string(architecture)),
            ("compiler", .string("Swift \(compiler)")), ("cpu", cpu.map(JSONValue.string) ?? .null),
            ("kernel_path", .string(kernelPath)),
        ])
    }

    static var osName: String {
        #if os(Linux)
            "linux"
        #elseif os(macOS)
            "macos"
        #elseif os(Windows)
            "windows"
        #else
            "other"
        #endif
    }

    static var architectureName: String {
        #if arch(x86_64)
            "x86_64"
        #elseif arch(arm64)
            "arm64"
        #else
            "other"
        #endif
    }

    /// Swift has no run-time compiler version; the newest `compiler(>=)` that holds is it.
    static var compilerVersion: String {
        #if compiler(>=6.5)
            "6.5 or later"
        #elseif compiler(>=6.4)
            "6.4"
        #elseif compiler(>=6.3)
            "6.3"
        #elseif compiler(>=6.2)
            "6.2"
        #elseif compiler(>=6.1)
            "6.1"
        #else
            "6.0"
        #endif
    }

    /// The first `model name` line of `/proc/cpuinfo` (read at most 1 MiB), nil elsewhere.
    static func cpuModel() -> String? {
        guard case .success(let bytes) = FilePath.read("/proc/cpuinfo", limit: 1 << 20) else { return nil }
        for line in String(decoding: bytes, as: UTF8.self).split(separator: "\n") where line.hasPrefix("model name") {
            guard let colon = line.firstIndex(of: ":") else { continue }
            return TerminalText.visible(line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces))
        }
        return nil
    }
}
