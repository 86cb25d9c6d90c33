/// One value a sweep method chose for one parameter, and the sweep entry that produced it
/// (the list item, or the distribution a number was drawn from): errors about the value are
/// reported there.
package struct SweepDraw: Sendable {
    package var path: String
    package var value: ConfigNode
    package var origin: SourceLocation

    package init(path: String, value: ConfigNode, origin: SourceLocation) {
        self.path = path
        self.value = value
        self.origin = origin
    }

    package var assignment: TrialSpec.Assignment { .init(path: path, value: value) }

    /// Where the draw was written, for diagnostics: `sweep.cases` or `sweep.parameters.<path>`.
    package var sweepPath: String { path == SweepCase.path ? "sweep.cases" : "sweep.parameters.\(path)" }

    /// The dotted paths the draw sets: its own, or a case's keys.
    package var setPaths: [String] {
        guard path == SweepCase.path else { return [path] }
        return (value.entries ?? []).map(\.key).filter { $0 != "name" }
    }
}
