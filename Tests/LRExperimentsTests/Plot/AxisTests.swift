import Testing
@testable import LRReport

struct AxisTests {
    @Test func linearTicksAreNiceAndCoverTheData() {
        let axis = Axis(covering: [0.13, 0.97], scale: .linear)
        #expect(axis.lower == 0 && axis.upper == 1)
        #expect(axis.ticks.map { NumberText.compact($0) } == ["0", "0.2", "0.4", "0.6", "0.8", "1"])
        let wide = Axis(covering: [3, 1234], scale: .linear)
        #expect(wide.ticks.map { NumberText.compact($0) } == ["0", "500", "1000", "1500"])
    }

    @Test func degenerateAndEmptyRanges() {
        let constant = Axis(covering: [0.05, 0.05], scale: .linear)
        #expect(constant.lower < 0.05 && constant.upper > 0.05)
        let empty = Axis(covering: [], scale: .linear)
        #expect(empty.lower == 0 && empty.upper == 1)
        let logEmpty = Axis(covering: [-1, 0], scale: .log)
        #expect(logEmpty.lower == 1 && logEmpty.upper == 10)
    }

    @Test func logTicksAtDecadesSkippingNonPositive() {
        let axis = Axis(covering: [0, -3, 2e-4, 0.3], scale: .log)
        #expect(axis.ticks.map { NumberText.compact($0) } == ["0.0001", "0.001", "0.01", "0.1", "1"])
        #expect(abs(axis.fraction(1e-2) - 0.5) < 1e-12)
        // A narrow range gets 2 and 5 in each decade.
        let narrow = Axis(covering: [0.3, 0.7], scale: .log)
        #expect(narrow.ticks.map { NumberText.compact($0) } == ["0.1", "0.2", "0.5", "1"])
        // Very wide ranges label every few decades.
        let wide = Axis(covering: [1e-12, 1e6], scale: .log)
        #expect(wide.ticks.count <= 10 && wide.ticks.first == 1e-12 && wide.ticks.last == 1e6)
    }
}

extension AxisTests {
    @Test(arguments: [
        [-1.0e308, 1.0e308], [1.0e16, 1.0e16 + 4], [2.0e17, 2.0e17 + 64], [-Double.greatestFiniteMagnitude, 0],
    ])
    func extremeLinearRangesStayBounded(_ values: [Double]) {
        let axis = Axis(covering: values, scale: .linear)
        #expect(axis.ticks.count >= 2 && axis.ticks.count <= 101)
        #expect(axis.ticks.allSatisfy { $0.isFinite })
        for v in values {
            let f = axis.fraction(v)
            #expect(f >= 0 && f <= 1, "fraction(\(v)) = \(f)")
        }
    }

    @Test func extremeLogRangesStayBounded() {
        let axis = Axis(covering: [Double.leastNormalMagnitude, Double.greatestFiniteMagnitude, Double.leastNonzeroMagnitude], scale: .log)
        #expect(axis.ticks.count >= 2 && axis.ticks.count <= 10)
        #expect(axis.ticks.allSatisfy { $0 > 0 && $0.isFinite })
        for v in [Double.leastNormalMagnitude, Double.greatestFiniteMagnitude] {
            let f = axis.fraction(v)
            #expect(f >= 0 && f <= 1, "fraction(\(v)) = \(f)")
        }
    }
}
