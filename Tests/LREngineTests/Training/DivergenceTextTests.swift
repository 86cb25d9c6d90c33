import Testing
@testable import LREngine

/// A diverged trial's reason reads `nan`, whatever the sign bit of the NaN.
@Suite struct DivergenceTextTests {
    @Test func everyNaNReadsNan() {
        #expect("\(-Double.nan)" == "-nan")  // what Swift alone would print
        #expect(Divergence.text(-Double.nan) == "nan")
        #expect(Divergence.text(Double.nan) == "nan")
        #expect(Divergence.text(-Double.infinity) == "-inf")
        #expect(Divergence.text(2.5) == "2.5")
    }
}
