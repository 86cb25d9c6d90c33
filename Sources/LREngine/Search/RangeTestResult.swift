/// What a learning-rate range test produced.
public struct RangeTestResult: Sendable, Equatable {
    /// One point per update, in order (a diverging update included).
    public var points: [RangeTestPoint]
    /// Why the test ended.
    public var stop: RangeTestRecorder.Stop
    /// Where the trainer refused an update (non-finite loss or gradient, `loss_above`).
    public var divergence: Divergence?
    public var suggestions: RangeTestSuggestions

    public init(
        points: [RangeTestPoint], stop: RangeTestRecorder.Stop, divergence: Divergence?,
        suggestions: RangeTestSuggestions
    ) {
        self.points = points
        self.stop = stop
        self.divergence = divergence
        self.suggestions = suggestions
    }
}
