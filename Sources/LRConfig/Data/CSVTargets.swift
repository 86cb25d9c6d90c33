import LREngine

/// The target column of a CSV file as a task: classes (from integers or names) or values.
package enum CSVTargets {
    /// The targets, their task, the original value of each numeric class and the name of
    /// each named class (see ``CSVLoader`` for the rule).
    package static func resolve(
        _ cells: [Substring], kind: CSVOptions.TargetKind, decimalMark: Character, file: String, lines: [Int], column: Int
    ) throws(CSVError) -> (Targets, DatasetTask, [Double], [String]) {
        let numbers = cells.map { CSVNumber.value($0, decimalMark: decimalMark) }
        let firstText = numbers.firstIndex { $0 == nil }
        switch (kind, firstText) {
        case (.regression, let row?):
            throw CSVError(
                file: file, line: lines[row], column: column,
                message: "expected a number, got \"\(cells[row])\" (the target of a regression)")
        case (.automatic, let row?):
            // All text: class names. Numbers mixed with text is more likely a typo than classes.
            if let number = numbers.firstIndex(where: { $0 != nil }) {
                let odd = number < row ? row : number
                throw CSVError(
                    file: file, line: lines[odd], column: column,
                    message: "the target column mixes numbers and text (\"\(cells[odd])\" here); "
                        + "set 'target_kind: classification' to read every target as a class name")
            }
            // One name alone is no classification (nothing to tell apart): read as a bad number.
            guard cells.contains(where: { $0 != cells[row] }) else {
                throw CSVError(file: file, line: lines[row], column: column, message: "expected a number, got \"\(cells[row])\"")
            }
            return try named(cells, file: file, lines: lines, column: column)
        case (.classification, _?):
            return try named(cells, file: file, lines: lines, column: column)
        case (_, nil):
            var values = [Double]()
            values.reserveCapacity(cells.count)
            for (row, number) in numbers.enumerated() {
                let value = number ?? 0
                try CSVNumber.checkRange(value, cells[row], file: file, line: lines[row], column: column)
                values.append(value)
            }
            return try numeric(values, kind: kind, file: file, lines: lines, column: column)
        }
    }

    /// Class names in ascending order, remapped to `0..<k`.
    private static func named(
        _ cells: [Substring], file: String, lines: [Int], column: Int
    ) throws(CSVError) -> (Targets, DatasetTask, [Double], [String]) {
        var distinct = Set<Substring>()
        for (row, cell) in cells.enumerated() where distinct.insert(cell).inserted && distinct.count > DataLimits.maxClasses {
            throw CSVError(file: file, line: lines[row], column: column, message: "more than \(DataLimits.maxClasses) classes")
        }
        let names = distinct.map(String.init).sorted()
        // The lookup is by value, never by iteration order.
        var index = [Substring: Int]()
        for (position, name) in names.enumerated() { index[Substring(name)] = position }
        return (.classes(cells.map { index[$0] ?? 0 }), .classification(classCount: names.count), [], names)
    }

    private static func numeric(
        _ targets: [Double], kind: CSVOptions.TargetKind, file: String, lines: [Int], column: Int
    ) throws(CSVError) -> (Targets, DatasetTask, [Double], [String]) {
        let integral = targets.allSatisfy { $0 == $0.rounded() && abs($0) < 1e15 }
        let distinct = Array(Set(targets)).sorted()
        let classify: Bool
        switch kind {
        case .regression:
            classify = false
        case .classification:
            if let row = targets.firstIndex(where: { $0 != $0.rounded() || abs($0) >= 1e15 }) {
                throw CSVError(
                    file: file, line: lines[row], column: column,
                    message: "expected an integer class, got \(targets[row])")
            }
            guard distinct.count <= DataLimits.maxClasses else {
                throw CSVError(file: file, message: "more than \(DataLimits.maxClasses) classes in the target column")
            }
            classify = true
        case .automatic:
            classify = integral && distinct.count <= CSVOptions.maximumAutomaticClasses
        }
        guard classify else {
            let values = Matrix(rows: targets.count, columns: 1, storage: targets.map { Float($0) })
            return (.values(values), .regression, [], [])
        }
        // Classes in ascending order of value; the lookup is by value, never by iteration order.
        var index = [Double: Int]()
        for (position, value) in distinct.enumerated() { index[value] = position }
        let labels = targets.map { index[$0] ?? 0 }
        return (.classes(labels), .classification(classCount: distinct.count), distinct, [])
    }
}
