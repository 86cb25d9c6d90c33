import LRConfig

/// Stable trial ids: a hash of what a trial is, never of where it sits in the sweep.
///
/// The canonical text is one line `path=value` per assignment, sorted by path (UTF-8 bytes),
/// values in canonical YAML flow form, then `seed=<n>` for the trial id. An assignment that
/// restates the value the experiment already has at that path is left out, so adding a
/// parameter whose values include the current one renames no existing trial, and the trial of
/// an unswept experiment keeps its id when a sweep around it is added. The configuration that
/// changes nothing is called `base`.
package enum TrialIdentity {
    /// Characters of the SHA-256 hex digest kept in an id.
    package static let length = 12

    /// The canonical `path=value` lines of the assignments that change `base`.
    package static func canonicalLines(_ assignments: [TrialSpec.Assignment], base: ConfigNode) -> [String] {
        assignments
            .filter { base.value(at: $0.path)?.canonicalText != $0.value.canonicalText }
            .map { "\($0.path)=\($0.value.canonicalText)" }
            .sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    }

    /// The id of the configuration that changes nothing: the experiment as written.
    package static let baseConfigurationID = "base"

    /// The id shared by every seed replicate of one configuration; `base` for the experiment
    /// as written (no assignment changes it), so an unswept run reads as such.
    package static func configurationID(_ assignments: [TrialSpec.Assignment], base: ConfigNode) -> String {
        let lines = canonicalLines(assignments, base: base)
        return lines.isEmpty ? baseConfigurationID : hash(lines)
    }

    /// The id of one trial: the configuration and its seed.
    package static func trialID(_ assignments: [TrialSpec.Assignment], seed: Int, base: ConfigNode) -> String {
        hash(canonicalLines(assignments, base: base) + ["seed=\(seed)"])
    }

    private static func hash(_ lines: [String]) -> String {
        String(ContentHash.sha256(lines.map { $0 + "\n" }.joined()).prefix(length))
    }
}
