/// Exit statuses of every lrlab command.
public enum ExitStatus {
    /// Everything checked out.
    public static let ok: Int32 = 0
    /// The checked condition failed (diff beyond tolerance, trial failures).
    public static let checkFailed: Int32 = 1
    /// Usage or input error (an invalid experiment file included).
    public static let invalidInput: Int32 = 2
}
