import Foundation
import Testing
@testable import LRBundle
@testable import LRConfig
import LRExperimentsTestSupport

/// `provenance.json` says on which system, processor and compiler a bundle was made.
@Suite struct PlatformTests {
    @Test func describesThisMachine() throws {
        let platform = Platform.current
        #if os(Linux)
            #expect(platform.os == "linux")
            // Every Linux on which lrlab builds has a /proc/cpuinfo; model names are printable.
            let cpu = try #require(platform.cpu)
            #expect(!cpu.isEmpty && !cpu.contains("\n"))
        #endif
        #if arch(x86_64)
            #expect(platform.architecture == "x86_64")
        #endif
        #expect(platform.compiler.hasPrefix("6."))
        #expect(!platform.osVersion.isEmpty)
    }

    @Test func isWrittenIntoProvenance() throws {
        let provenance = SampleRuns.provenance()
        guard case .object(let fields) = provenance.json,
            case .object(let platform)? = fields.first(where: { $0.0 == "platform" })?.1
        else { Issue.record("no platform object"); return }
        #expect(platform.map(\.0) == ["os", "os_version", "architecture", "compiler", "cpu", "kernel_path"])
        #expect(platform.first { $0.0 == "compiler" }?.1 == .string("Swift " + Platform.current.compiler))
        #expect(platform.first { $0.0 == "kernel_path" }?.1 == .string(KernelSelection.active))
    }
}
