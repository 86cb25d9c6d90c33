import Foundation

/// Prepared data shared between trials by data key: the first trial to ask prepares it while
/// later ones wait, and the data is released when the last trial needing it has finished.
package final class SharedPreparations<Prepared: Sendable>: @unchecked Sendable {
    /// A preparation's result; the error is kept as its message so it can be shared.
    package typealias Outcome = Result<Prepared, PreparationFailure>

    /// One key's preparation; its lock is held while preparing, so waiters block on it.
    private final class Slot: @unchecked Sendable {
        let lock = NSLock()
        var outcome: Outcome?
    }

    private let lock = NSLock()
    // Looked up by key only, never iterated.
    private var slots: [String: Slot] = [:]
    private var remaining: [String: Int]

    /// `uses` counts the trials that will ask for each key.
    package init(uses: [String: Int]) {
        self.remaining = uses
    }

    /// The data of `key`, prepared by `prepare` on first use.
    package func data(for key: String, prepare: () throws -> Prepared) -> Outcome {
        lock.lock()
        let slot = slots[key] ?? Slot()
        slots[key] = slot
        lock.unlock()

        slot.lock.lock()
        defer { slot.lock.unlock() }
        if let outcome = slot.outcome { return outcome }
        let outcome = Self.run(prepare)
        slot.outcome = outcome
        return outcome
    }

    /// A trial using `key` is done; the last one frees the data.
    package func release(_ key: String) {
        lock.lock()
        defer { lock.unlock() }
        let left = (remaining[key] ?? 1) - 1
        remaining[key] = left
        if left <= 0 { slots[key] = nil }
    }

    package static func run(_ prepare: () throws -> Prepared) -> Outcome {
        do { return .success(try prepare()) } catch { return .failure(PreparationFailure(message: "\(error)")) }
    }
}

/// Why a trial's data could not be prepared.
package struct PreparationFailure: Error, Sendable {
    package var message: String
}
