import Testing
@testable import LRReport

struct NumberTextTests {
    @Test(arguments: [
        (0.123456, "0.1235"), (0.1, "0.1"), (1.0e-5, "1e-5"), (1.5e-5, "1.5e-5"), (2_345_678, "2.346e6"),
        (1234, "1234"), (0, "0"), (-0.0, "0"), (-0.25, "-0.25"), (0.30000000000000004, "0.3"),
        (Double.nan, "nan"), (-Double.infinity, "-inf"),
    ])
    func compact(_ x: Double, _ text: String) {
        #expect(NumberText.compact(x) == text)
    }

    @Test(arguments: [(12.345, "12.35"), (300, "300"), (-0.001, "0"), (-0.25, "-0.25"), (7.1, "7.1")])
    func coordinate(_ x: Double, _ text: String) {
        #expect(NumberText.coordinate(x) == text)
    }
}
