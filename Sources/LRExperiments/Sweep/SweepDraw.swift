/// One value a sweep method chose for one parameter, and the sweep entry that produced it
/// (the list item, or the distribution a number was drawn from): errors about the value are
/// reported there.
struct SweepDraw: Sendable {
    var path: String
    var value: ConfigNode
    var origin: SourceLocation

    var assignment: TrialSpec.Assignment { .init(path: path, value: value) }
}
