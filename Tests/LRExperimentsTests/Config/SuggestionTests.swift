@testable import LRConfig
import LRTestSupport
import Testing

@Suite struct SuggestionTests {
    @Test(arguments: [
        ("momentun", "momentum"), ("lt", "lr"), ("optimiser", "optimizer"), ("shedule", "schedule"),
        ("betsa", "betas"), ("learning_rate", "lr"), ("Learning_Rate", "lr"), ("scheduler", "schedule"),
        ("beta1", "betas"), ("epsilon", "eps"), ("num_epochs", nil), ("xyz", nil),
    ])
    func closest(word: String, expected: String?) {
        let candidates = ["lr", "momentum", "betas", "optimizer", "schedule", "eps"]
        #expect(Suggestion.closest(to: word, in: candidates) == expected)
    }

    @Test func aFileFromAnotherToolGetsLrlabsName() throws {
        let files = try LRTestSupport.TempFiles()
        let path = try files.write("x.yaml", """
            version: 1
            name: x
            data: {source: iris}
            model: {kind: mlp, hidden: [4]}
            optimizer: {kind: sgd, learning_rate: 0.1}
            train: {epochs: 1}

            """)
        let result = ExperimentLoader().check(file: path)
        #expect(result.diagnostics.contains { $0.message.hasSuffix("did you mean 'lr'?") })
    }

    @Test func transpositionCountsOnce() {
        #expect(Suggestion.editDistance(Array("ab"), Array("ba")) == 1)
        #expect(Suggestion.editDistance(Array(""), Array("abc")) == 3)
        #expect(Suggestion.editDistance(Array("kitten"), Array("sitting")) == 3)
    }
}
