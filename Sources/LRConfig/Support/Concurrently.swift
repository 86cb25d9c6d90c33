import Dispatch

/// Independent pieces of work on every core, their results in the order of their inputs.
package enum Concurrently {
    /// `items.map(transform)`, the items transformed on as many threads as there are cores.
    package static func map<T: Sendable, R: Sendable>(_ items: [T], _ transform: @Sendable (T) -> R) -> [R] {
        let results = Results<R>(count: items.count)
        DispatchQueue.concurrentPerform(iterations: items.count) { index in
            // Each iteration writes its own slot only, and concurrentPerform returns after all.
            results.slots[index] = transform(items[index])
        }
        return results.slots.map { $0! }
    }

    private final class Results<R>: @unchecked Sendable {
        var slots: [R?]
        init(count: Int) { slots = Array(repeating: nil, count: count) }
    }
}
