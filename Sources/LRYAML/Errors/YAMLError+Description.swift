extension YAMLError: CustomStringConvertible {
    /// Compiler style: `file:line:col: error: message`.
    public var description: String { "\(file):\(mark): error: \(message)" }
}
