/// Exit statuses of every lrlab command.
public enum ExitStatus {
    /// Everything checked out.
    public static let ok: Int32 = 0
    /// The checked condition failed (diff beyond tolerance, trial failures).
    public static let checkFailed: Int32 = 1
    /// Usage or input error (an invalid experiment file included).
    public static let invalidInput: Int32 = 2
    /// What was asked could not be done by the machine: an output directory that cannot be
    /// written (read-only, full, no permission). The same status as bad input: nothing was
    /// checked, so it must not read as "the check failed".
    public static let environmentError: Int32 = 2
}
