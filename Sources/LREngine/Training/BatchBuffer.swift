/// The gather buffers a batch is copied into, reused for every batch of a run.
///
/// Capacities are reserved once for `capacity` rows; filling empties the arrays keeping
/// their capacity and appends at most that many rows, so no fill after `init` allocates.
/// The trainer hands `inputs` and `targets` to the model and lets go of them before the next
/// fill, so the arrays stay uniquely referenced and are written in place.
struct BatchBuffer {
    private(set) var inputs: Matrix
    private var labels: [Int] = []
    private var values: Matrix
    private let isRegression: Bool
    let capacity: Int

    init(capacity: Int, like dataset: Dataset) {
        self.capacity = capacity
        let columns = dataset.features.columns
        inputs = Matrix(rows: 0, columns: columns)
        inputs.storage.reserveCapacity(capacity * columns)
        switch dataset.targets {
        case .classes:
            isRegression = false
            values = Matrix(rows: 0, columns: 0)
            labels.reserveCapacity(capacity)
        case .values(let matrix):
            isRegression = true
            values = Matrix(rows: 0, columns: matrix.columns)
            values.storage.reserveCapacity(capacity * matrix.columns)
        }
    }

    /// The batch's targets (class indices or values), sharing the buffer's storage.
    var targets: Targets {
        isRegression ? .values(values) : .classes(labels)
    }

    /// Copies the rows of `dataset` listed in `rows`, in that order; at most `capacity` of them
    /// (an `ArraySlice` of a permutation for training batches, a `Range` for evaluation).
    mutating func fill<Rows: Collection<Int>>(rows: Rows, from dataset: Dataset) {
        inputs.storage.removeAll(keepingCapacity: true)
        labels.removeAll(keepingCapacity: true)
        values.storage.removeAll(keepingCapacity: true)
        let columns = inputs.columns
        let features = dataset.features.storage
        for row in rows {
            inputs.storage.append(contentsOf: features[(row * columns)..<((row + 1) * columns)])
        }
        inputs.rows = rows.count
        switch dataset.targets {
        case .classes(let all):
            for row in rows { labels.append(all[row]) }
        case .values(let all):
            let width = values.columns
            for row in rows { values.storage.append(contentsOf: all.storage[(row * width)..<((row + 1) * width)]) }
            values.rows = rows.count
        }
    }

    /// Start addresses of the buffers, for tests that check a fill reuses its storage.
    var addresses: [UInt] {
        [
            inputs.storage.withUnsafeBufferPointer { UInt(bitPattern: $0.baseAddress) },
            labels.withUnsafeBufferPointer { UInt(bitPattern: $0.baseAddress) },
            values.storage.withUnsafeBufferPointer { UInt(bitPattern: $0.baseAddress) },
        ]
    }
}
