extension YAMLError {
    /// Turns libyaml's problem into a short located message.
    init(file: String, failure f: LibYAMLFailure, source: SourceText) {
        let mark: Mark
        switch f.location {
        case .byteOffset(let offset): mark = source.mark(atByteOffset: offset)
        case .mark(let line, let column): mark = Mark(line: line + 1, column: column + 1)
        }
        var message: String
        if f.isReaderError {
            let byte = f.problemValue.map { " 0x" + String($0, radix: 16) } ?? ""
            if f.problem.hasPrefix("control characters") {
                message = "control character\(byte) is not allowed; is this a binary file?"
            } else {
                message = "input is not valid utf-8 (\(f.problem.lowercased())\(byte))"
            }
        } else if source.byte(at: mark) == UInt8(ascii: "\t"),
            f.problem.contains("tab") || f.problem.contains("cannot start any token")
        {
            message = "tab characters are not allowed for indentation; use spaces"
        } else {
            message = f.problem
            if let context = f.context, let line = f.contextLine, let column = f.contextColumn {
                message += " (\(context) at \(line + 1):\(column + 1))"
            }
        }
        self.init(file: file, mark: mark, message: message)
    }
}
