/// One configuration across the two sides of a diff: matched by id, else by label (a named
/// case keeps its name when its settings change), else as the one configuration that differs
/// from an unmatched old one in a single value; or present on one side only.
public struct ConfigurationChange: Sendable, Equatable {
    /// How the two sides were matched.
    public enum Match: String, Sendable {
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
    public struct ValueChange: Sendable, Equatable {
        /// Its short name, as labels use it (`lr`, `optimizer.kind`).
        public var name: String
        public var old: String?
        public var new: String?
    }

    /// Which way a real gap goes.
    public enum Outcome: String, Sendable {
        case improved, regressed
        /// Tested, within seed noise.
        case noChange = "no_change"
        /// Fewer than two finished seeds on a side: no test.
        case untested
        /// Both sides' objective values are equal within tolerance.
        case unchanged
    }

    public var oldID: String?
    public var newID: String?
    /// The new side's label, else the old side's.
    public var label: String
    public var match: Match
    public var changes: [ValueChange]
    public var oldMean: Double?
    public var newMean: Double?
    public var oldN: Int
    public var newN: Int
    /// Of new against old over seeds (paired by seed when both ran the same seeds).
    public var test: SeedTest?
    /// `test.p` after Holm's correction over the bundle's tested pairs.
    public var adjustedP: Double?
    /// The 95 % bootstrap interval of new − old.
    public var interval: BootstrapInterval?
    public var outcome: Outcome
}

/// The diff's answer: did the best objective get better or worse, beyond seed noise?
public struct DiffVerdict: Sendable, Equatable {
    public struct Side: Sendable, Equatable {
        public var configuration: String
        public var label: String
        public var value: Double
        public var n: Int
    }

    public var old: Side?
    public var new: Side?
    /// Of the new best's seeds against the old best's (paired by seed when both ran the same
    /// seeds); one question, so no correction.
    public var test: SeedTest?
    public var interval: BootstrapInterval?
    public var outcome: ConfigurationChange.Outcome

    public var delta: Double? {
        guard let old, let new else { return nil }
        return new.value - old.value
    }
}
