import Foundation
import LREngine
import Testing

@testable import LRBundle
import LRTestSupport

/// Golden digests of short reference training runs: every bit of their curves, through the data
/// generators (sin, cos), activations (tanh, GELU's erf), losses (exp, log), Adam's bias
/// correction (pow) and cosine schedules (cos), all from lrlab's own IEEE arithmetic
/// (`Elementary`) rather than the C library. A compiler, CPU or library that changes one bit
/// fails here (the kernels compute the same bits on every instruction-set path: docs/numerics.md).
@Suite struct ReferenceRunDigestTests {
    static func experiment(activation: String, schedule: String) -> String {
        """
        version: 1
        name: reference
        seed: 11
        data: {source: moons, samples: 200, noise: 0.2}
        model: {kind: mlp, hidden: [16, 16], activation: \(activation)}
        optimizer: {kind: adam, lr: 0.01}
        schedule: \(schedule)
        train: {epochs: 6, batch_size: 16}

        """
    }

    @Test(arguments: [
        ("tanh", "{kind: cosine, eta_min: 0.0001}", "6f6b44860ded769"),
        ("gelu", "{kind: one_cycle, max_lr: 0.05}", "8e3d4ffc92f27234"),
    ])
    func curveBitsMatchTheCommittedDigest(activation: String, schedule: String, digest: String) throws {
        // The same bits on every kernel path this CPU runs.
        for path in KernelPath.available {
            try KernelPath.$forced.withValue(path) {
                let outcome = try #require(try TrialRunnerTests.run(Self.experiment(activation: activation, schedule: schedule)))
                #expect(outcome.status == .ok, "\(outcome.message ?? "")")
                let text = CurveCSV.text(outcome.curve)
                #expect(String(Self.fnv1a(Array(text.utf8)), radix: 16) == digest, "\(activation) on \(path)")
            }
        }
    }

    static func fnv1a(_ bytes: [UInt8]) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3 }
        return hash
    }
}
