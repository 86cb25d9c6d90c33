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

    /// Starts `work` on another thread now; `wait()` returns its result. For work that fans
    /// out itself (a `map`), so two such pieces share the cores instead of running in turn:
    /// a `map` inside a `map` runs serially.
    package static func start<R: Sendable>(_ work: @escaping @Sendable () -> R) -> Started<R> {
        Started(work)
    }

    package final class Started<R: Sendable>: @unchecked Sendable {
        private let group = DispatchGroup()
        private var result: R?

        fileprivate init(_ work: @escaping @Sendable () -> R) {
            DispatchQueue.global().async(group: group) { [self] in result = work() }
        }

        package func wait() -> R {
            group.wait()
            return result!
        }
    }

    private final class Results<R>: @unchecked Sendable {
        var slots: [R?]
        init(count: Int) { slots = Array(repeating: nil, count: count) }
    }
}
