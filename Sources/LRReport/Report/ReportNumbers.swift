/// Number formats of report.md: four significant digits throughout.
package enum ReportNumbers {
    package static let significant = 4

    package static func value(_ x: Double) -> String { NumberText.compact(x, significant: significant) }

    /// `mean ± std`, just the mean for one value, `—` for none.
    package static func meanStd(_ stats: SampleStatistics) -> String {
        guard let mean = stats.mean else { return "—" }
        guard let std = stats.std else { return value(mean) }
        return "\(value(mean)) ± \(value(std))"
    }

    /// A p-value; below 1e-4 as `< 0.0001` so tiny values do not read as precision.
    package static func pValue(_ p: Double) -> String {
        p < 1e-4 ? "< 0.0001" : "= \(value(p))"
    }
}
