import Dispatch

/// Two independent pieces of work on two threads, their results returned as each would have
/// returned them run one after the other (errors included).
package enum Concurrently {
    package static func both<A: Sendable, B: Sendable>(
        _ first: @Sendable () throws -> A, _ second: @Sendable () throws -> B
    ) -> (Result<A, any Error>, Result<B, any Error>) {
        let results = Slots<A, B>()
        DispatchQueue.concurrentPerform(iterations: 2) { index in
            // Each iteration writes its own slot only, and concurrentPerform returns after both.
            if index == 0 { results.first = Result { try first() } } else { results.second = Result { try second() } }
        }
        // Both slots are set once concurrentPerform has returned.
        return (results.first ?? .failure(Unfinished()), results.second ?? .failure(Unfinished()))
    }

    private final class Slots<A, B>: @unchecked Sendable {
        var first: Result<A, any Error>?
        var second: Result<B, any Error>?
    }

    private struct Unfinished: Error {}
}
