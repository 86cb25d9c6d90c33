@testable import LRExperiments
import Testing

@Suite struct SuggestionTests {
    @Test(arguments: [
        ("momentun", "momentum"), ("lt", "lr"), ("optimiser", "optimizer"), ("shedule", "schedule"),
        ("betsa", "betas"), ("learning_rate", nil), ("xyz", nil),
    ])
    func closest(word: String, expected: String?) {
        let candidates = ["lr", "momentum", "betas", "optimizer", "schedule", "eps"]
        #expect(Suggestion.closest(to: word, in: candidates) == expected)
    }

    @Test func transpositionCountsOnce() {
        #expect(Suggestion.editDistance(Array("ab"), Array("ba")) == 1)
        #expect(Suggestion.editDistance(Array(""), Array("abc")) == 3)
        #expect(Suggestion.editDistance(Array("kitten"), Array("sitting")) == 3)
    }
}
