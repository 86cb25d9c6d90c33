/// The bounds lrlab holds an external trainer to (docs/trainer-protocol.md), so a hostile or
/// broken trainer cannot make lrlab use unbounded memory or wait forever.
enum TrainerLimits {
    /// The protocol's name and version, sent and expected in `hello`/`trial`.
    static let protocolName = "lrlab.trainer/1"
    /// The longest channel message, newline included.
    static let messageBytes = 1 << 20
    /// The most log (stdout and stderr together) kept per trial; the rest is counted.
    static let logBytes = 1 << 20
    /// Lines of the log's tail a failed trial's message carries.
    static let tailLines = 20
    /// How long lrlab still reads the log after killing the process group (a grandchild that
    /// left the group may hold it open).
    static let drainSeconds = 2.0
}
