import LRReport

/// One configuration across the two sides of a diff: matched by id, else by label (a named
/// case keeps its name when its settings change), else as the one configuration that differs
/// from an unmatched old one in a single value; or present on one side only.
package struct ConfigurationChange: Sendable, Equatable {
    /// How the two sides were matched.
    package enum Match: String, Sendable {
        /// Same id: the same swept values.
        case same
        /// Same label, different values (a named case whose settings changed).
        case label
        /// The only new configuration that differs from the old one in a single value.
        case value
        /// Only on the new side.
        case added
        /// Only on the old side.
        case removed
    }

    /// One swept value that differs between the paired configurations.
    package struct ValueChange: Sendable, Equatable {
        /// Its short name, as labels use it (`lr`, `optimizer.kind`).
        package var name: String
        package var old: String?
        package var new: String?
    }

    /// Which way a real gap goes.
    package enum Outcome: String, Sendable {
        case improved, regressed
        /// Tested, within seed noise.
        case noChange = "no_change"
        /// Fewer than two finished seeds on a side: no test.
        case untested
        /// Both sides' objective values are equal within tolerance.
        case unchanged
    }

    package var oldID: String?
    package var newID: String?
    /// The new side's label, else the old side's.
    package var label: String
    package var match: Match
    package var changes: [ValueChange]
    package var oldMean: Double?
    package var newMean: Double?
    package var oldN: Int
    package var newN: Int
    /// Of new against old over seeds (paired by seed when both ran the same seeds).
    package var test: SeedTest?
    /// `test.p` after Holm's correction over the bundle's tested pairs.
    package var adjustedP: Double?
    /// The 95 % bootstrap interval of new − old.
    package var interval: BootstrapInterval?
    package var outcome: Outcome
}

/// The diff's answer: did the best objective get better or worse, beyond seed noise?
package struct DiffVerdict: Sendable, Equatable {
    package struct Side: Sendable, Equatable {
        package var configuration: String
        package var label: String
        package var value: Double
        package var n: Int
    }

    package var old: Side?
    package var new: Side?
    /// Of the new best's seeds against the old best's (paired by seed when both ran the same
    /// seeds); one question, so no correction.
    package var test: SeedTest?
    package var interval: BootstrapInterval?
    package var outcome: ConfigurationChange.Outcome

    package var delta: Double? {
        guard let old, let new else { return nil }
        return new.value - old.value
    }
}
