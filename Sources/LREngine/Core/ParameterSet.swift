/// All trainable parameters of a model in one contiguous buffer, with their gradients.
///
/// Optimizers see only `values` and `gradients`; names and ranges let per-layer rates
/// (`param_groups`) and initialisers address a tensor. Names follow PyTorch's
/// `layer<i>.weight` / `layer<i>.bias` (a `function` model has one tensor, `x`).
public struct ParameterSet: Sendable, Equatable {
    /// One named tensor: its shape (`[out, in]` for a weight, as in PyTorch) and where its
    /// values sit in the flat buffers.
    public struct Tensor: Sendable, Equatable {
        public var name: String
        public var shape: [Int]
        public var range: Range<Int>

        public init(name: String, shape: [Int], range: Range<Int>) {
            self.name = name
            self.shape = shape
            self.range = range
        }
    }

    public private(set) var tensors: [Tensor]
    public var values: [Float]
    public var gradients: [Float]

    public init() {
        tensors = []
        values = []
        gradients = []
    }

    /// Appends a zero-initialised tensor and returns its range in the flat buffers.
    @discardableResult
    public mutating func append(name: String, shape: [Int]) -> Range<Int> {
        let count = shape.reduce(1, *)
        let range = values.count..<(values.count + count)
        tensors.append(Tensor(name: name, shape: shape, range: range))
        values.append(contentsOf: repeatElement(0, count: count))
        gradients.append(contentsOf: repeatElement(0, count: count))
        return range
    }

    public func tensor(named name: String) -> Tensor? {
        tensors.first { $0.name == name }
    }

    public var count: Int { values.count }
}
