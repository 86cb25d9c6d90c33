import Foundation
@testable import LRConfig
import Testing

@Suite struct ConcurrentlyTests {
    struct Boom: Error, Equatable {}

    @Test func returnsEachResultAsIfRunInTurn() throws {
        let (a, b) = Concurrently.both({ (1...1000).reduce(0, +) }, { "text" })
        #expect(try a.get() == 500_500)
        #expect(try b.get() == "text")
    }

    @Test func keepsEachErrorWithItsPiece() {
        let (a, b) = Concurrently.both({ () throws -> Int in throw Boom() }, { 2 })
        #expect(throws: Boom.self) { try a.get() }
        #expect((try? b.get()) == 2)
    }
}
