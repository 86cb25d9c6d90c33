import Foundation
@testable import LRBundle
import LREngine
import Testing

/// `provenance.json`'s timestamps, written by hand, read as Foundation's ISO 8601 formatter
/// writes them.
@Suite struct ProvenanceTimestampTests {
    static func foundation(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return formatter.string(from: date)
    }

    @Test func knownDates() {
        #expect(Provenance.timestamp(Date(timeIntervalSince1970: 0)) == "1970-01-01T00:00:00.000Z")
        #expect(Provenance.timestamp(Date(timeIntervalSince1970: -0.001)) == "1969-12-31T23:59:59.999Z")
        #expect(Provenance.timestamp(Date(timeIntervalSince1970: 951_782_400.5)) == "2000-02-29T00:00:00.500Z")
        #expect(Provenance.timestamp(Date(timeIntervalSince1970: 1_796_459_107.123)) == "2026-12-05T08:25:07.123Z")
    }

    @Test func agreesWithFoundationOverFourCenturies() {
        var generator = RandomStream(seed: 20_261_205)
        var dates = (0..<3000).map { _ in
            Date(timeIntervalSince1970: Double(Int64.random(in: -2_208_988_800_000...7_258_118_400_000, using: &generator)) / 1000)
        }
        dates += (0..<1000).map { _ in Date(timeIntervalSince1970: Double.random(in: -1e9...4e9, using: &generator)) }
        // Halves of a millisecond, either side of the epoch.
        for t in [0.0004, 0.0005, 0.0006, 0.9996, -0.0004, -0.0005, -0.0006, 59.9996, 86399.9997] {
            dates.append(Date(timeIntervalSince1970: t))
            dates.append(Date(timeIntervalSinceReferenceDate: t))
        }
        // Leap days, century and year ends.
        for day: Int64 in [-25_567, -1, 0, 10_956, 11_016, 11_017, 47_541, 47_540, 36_525] {
            dates.append(Date(timeIntervalSince1970: Double(day * 86_400)))
            dates.append(Date(timeIntervalSince1970: Double(day * 86_400) - 0.001))
        }
        for date in dates {
            #expect(Provenance.timestamp(date) == Self.foundation(date), "\(date.timeIntervalSince1970)")
        }
    }
}
