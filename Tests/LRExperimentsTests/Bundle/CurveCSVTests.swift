import Testing
@testable import LRTrial
@testable import LRBundle

@Suite struct CurveCSVTests {
    static let curve = CurveTable(
        columns: ["step", "epoch", "lr", "train_loss", "val_loss"],
        rows: [
            [1, 1, 0.1, 0.6931471805599453, nil],
            [2, 1, 0.1, 0.5, 0.45],
            [3, 2, 1e-05, .infinity, nil],
            [4, 2, 3.0, .nan, -0.0],
        ])

    @Test func writesIntegersForCountsAndShortestDoublesElsewhere() {
        #expect(CurveCSV.text(Self.curve) == """
            step,epoch,lr,train_loss,val_loss
            1,1,0.1,0.6931471805599453,
            2,1,0.1,0.5,0.45
            3,2,1e-05,inf,
            4,2,3.0,nan,-0.0

            """)
    }

    @Test func bundlesRoundToSevenDigitsAndThinRowsButKeepMeasurements() {
        // Every 2nd: row 2 (on the stride, and it has a val_loss) and row 4 (on the stride and
        // last). Every 3rd: row 3 too, and row 2 for its val_loss.
        #expect(CurveCSV.text(Self.curve, every: 2, digits: 7) == """
            step,epoch,lr,train_loss,val_loss
            2,1,0.1,0.5,0.45
            4,2,3,nan,-0

            """)
        #expect(CurveCSV.text(Self.curve, every: 3, digits: 7) == """
            step,epoch,lr,train_loss,val_loss
            2,1,0.1,0.5,0.45
            3,2,1e-05,inf,
            4,2,3,nan,-0

            """)
        #expect(CurveCSV.short(0.6931471805599453, 7) == "0.6931472")
        #expect(CurveCSV.short(0.036811945970511184, 7) == "0.03681195")
        #expect(CurveCSV.text(Self.curve, every: 1, digits: nil) == CurveCSV.text(Self.curve))
    }

    @Test func readsBackBitForBit() throws {
        let back = try CurveCSV.table(CurveCSV.text(Self.curve))
        #expect(back.columns == Self.curve.columns)
        #expect(back.rows.count == Self.curve.rows.count)
        for (a, b) in zip(back.rows, Self.curve.rows) {
            #expect(a.map { $0?.bitPattern } == b.map { $0?.bitPattern })
        }
    }

    @Test func emptyCurveAndQuotedNames() throws {
        let empty = CurveTable(columns: [])
        #expect(CurveCSV.text(empty) == "\n")
        #expect(try CurveCSV.table("\n") == empty)
        let odd = CurveTable(columns: ["a,b", "say \"hi\""], rows: [[1, 2]])
        #expect(CurveCSV.text(odd) == "\"a,b\",\"say \"\"hi\"\"\"\n1.0,2.0\n")
        #expect(try CurveCSV.table(CurveCSV.text(odd)) == odd)
    }

    @Test(arguments: [
        ("step,lr\n1,0.1", "line 2: missing final line break"),
        ("step,lr\n1\n", "line 2: expected 2 cells, found 1"),
        ("step,lr\n1,fast\n", "line 2: 'fast' is not a number"),
        ("", "line 1: missing header row"),
    ])
    func rejectsOtherText(_ text: String, _ message: String) {
        #expect(throws: CurveCSVError.self) { try CurveCSV.table(text) }
        do { _ = try CurveCSV.table(text) } catch { #expect(error.description == message) }
    }
}
