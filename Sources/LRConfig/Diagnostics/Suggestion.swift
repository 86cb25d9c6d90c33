/// "Did you mean" suggestions by edit distance.
package enum Suggestion {
    /// The closest candidate to `word`, if it is close enough to be a likely misspelling.
    package static func closest(to word: String, in candidates: [String]) -> String? {
        // Names other tools use for a key lrlab spells differently (PyTorch, Keras, Hydra).
        if let known = synonyms[word.lowercased()], candidates.contains(known) { return known }
        let source = Array(word.lowercased())
        var best: (name: String, distance: Int)?
        for candidate in candidates {
            let distance = editDistance(source, Array(candidate.lowercased()))
            // Allow about one edit per three characters (rounded up), at least one.
            let allowed = max(1, (min(source.count, candidate.count) + 2) / 3)
            guard distance <= allowed else { continue }
            // First candidate wins ties so the suggestion is deterministic.
            if let current = best, current.distance <= distance { continue }
            best = (candidate, distance)
        }
        return best?.name
    }

    /// Other tools' names for lrlab's keys, too far apart for the edit distance to find.
    package static let synonyms: [String: String] = [
        "learning_rate": "lr", "learningrate": "lr", "lr_scheduler": "schedule", "scheduler": "schedule",
        "optim": "optimizer", "n_epochs": "epochs", "num_epochs": "epochs", "max_epochs": "epochs",
        "batchsize": "batch_size", "weight_init": "initializer", "init": "initializer", "dataset": "data",
        "random_seed": "seed", "beta1": "betas", "beta2": "betas", "epsilon": "eps", "decay": "weight_decay",
        "hidden_layers": "hidden", "hidden_sizes": "hidden", "layers": "hidden",
    ]

    /// ` (did you mean 'x'?)` or the empty string.
    package static func hint(for word: String, in candidates: [String]) -> String {
        closest(to: word, in: candidates).map { "; did you mean '\($0)'?" } ?? ""
    }

    /// Optimal string alignment distance (Levenshtein plus adjacent transpositions).
    package static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous2 = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    value = min(value, previous2[j - 2] + 1)
                }
                current[j] = value
            }
            (previous2, previous, current) = (previous, current, previous2)
        }
        return previous[b.count]
    }
}
