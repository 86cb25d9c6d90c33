import Testing
@testable import LRReport

struct DownsamplerTests {
    @Test func keepsShortSeries() {
        let points = (0..<10).map { PlotPoint(x: Double($0), y: Double($0)) }
        #expect(Downsampler.thin(points, limit: 1000) == points)
    }

    @Test func thinsToTheLimitKeepingFirstAndLast() {
        let points = (1...5000).map { PlotPoint(x: Double($0), y: 1 / Double($0)) }
        let thinned = Downsampler.thin(points, limit: 1000)
        // Every 6th point (5000 / 999 rounded up) plus the last.
        #expect(thinned.count == 835)
        #expect(thinned.first == points.first && thinned.last == points.last)
        #expect(Downsampler.thin(points, limit: 1000) == thinned)
    }

    @Test func keepsBreaks() {
        var points = (1...3000).map { PlotPoint(x: Double($0), y: Double($0)) }
        points[1500].y = .nan
        let thinned = Downsampler.thin(points, limit: 100)
        #expect(thinned.count <= 102)
        #expect(thinned.contains { $0.y == nil })
        #expect(thinned.contains { $0.x == 1500 } && thinned.contains { $0.x == 1502 })
    }
}
