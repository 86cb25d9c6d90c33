/// A trial's learning curve: named columns, one row per optimizer update.
/// A nil cell is a value not measured at that row (e.g. `val_loss` between evaluations)
/// and is written as an empty CSV cell.
package struct CurveTable: Sendable, Equatable {
    package var columns: [String]
    package var rows: [[Double?]]

    package init(columns: [String], rows: [[Double?]] = []) {
        self.columns = columns
        self.rows = rows
    }

    /// The values of one column, nil when there is no such column.
    package func column(_ name: String) -> [Double?]? {
        guard let index = columns.firstIndex(of: name) else { return nil }
        return rows.map { index < $0.count ? $0[index] : nil }
    }
}
