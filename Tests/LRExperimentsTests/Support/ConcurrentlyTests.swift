import Foundation
@testable import LRConfig
import Testing

@Suite struct ConcurrentlyTests {
    /// Results come back in input order, however the threads interleave.
    @Test func mapKeepsTheInputOrder() {
        let items = Array(0..<200)
        let squares = Concurrently.map(items) { item in
            if item % 7 == 0 { usleep(200) }  // Some finish late.
            return item * item
        }
        #expect(squares == items.map { $0 * $0 })
        #expect(Concurrently.map([Int]()) { $0 }.isEmpty)
    }
}
