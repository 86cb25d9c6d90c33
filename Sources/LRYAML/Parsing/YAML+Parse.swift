/// Entry points of the YAML layer: parse bytes into located `Node` trees, emit canonical text.
public enum YAML {
    /// Parses a stream that holds at most one document (an experiment file).
    ///
    /// Returns nil for an empty stream (nothing, or only comments). A second document is an
    /// error located at its start. Strict: merge keys applied, duplicate keys and tags that
    /// cannot hold their scalar rejected, `limits` enforced.
    public static func parseDocument(
        _ bytes: [UInt8], file: String, limits: YAMLLimits = .default
    ) throws(YAMLError) -> Node? {
        try precheck(bytes, file: file, limits: limits)
        var composer = Composer(bytes: bytes, file: file, limits: limits, mode: .strict)
        guard let document = try composer.nextDocument() else { return nil }
        if let second = try composer.nextDocumentStart() {
            throw YAMLError(
                file: file, mark: second,
                message: "multiple documents are not supported in an experiment file")
        }
        return document.node
    }

    /// Parses UTF-8 text holding at most one document; see `parseDocument(_:file:limits:)`.
    public static func parseDocument(
        _ text: String, file: String, limits: YAMLLimits = .default
    ) throws(YAMLError) -> Node? {
        try parseDocument(Array(text.utf8), file: file, limits: limits)
    }

    /// Parses every document of a stream, strictly (see `parseDocument`).
    public static func parseStream(
        _ bytes: [UInt8], file: String, limits: YAMLLimits = .default
    ) throws(YAMLError) -> [Node] {
        try parseStream(bytes, file: file, limits: limits, mode: .strict)
    }

    /// Parses every document of UTF-8 text, strictly (see `parseDocument`).
    public static func parseStream(
        _ text: String, file: String, limits: YAMLLimits = .default
    ) throws(YAMLError) -> [Node] {
        try parseStream(Array(text.utf8), file: file, limits: limits, mode: .strict)
    }

    /// Parses every document of a stream in the given mode.
    package static func parseStream(
        _ bytes: [UInt8], file: String, limits: YAMLLimits, mode: YAMLMode
    ) throws(YAMLError) -> [Node] {
        try precheck(bytes, file: file, limits: limits)
        var composer = Composer(bytes: bytes, file: file, limits: limits, mode: mode)
        var documents: [Node] = []
        while let document = try composer.nextDocument() {
            documents.append(document.node)
        }
        return documents
    }

    /// The raw libyaml event stream, without composing nodes (for conformance checks).
    package static func events(
        _ bytes: [UInt8], file: String, limits: YAMLLimits = .default
    ) throws(YAMLError) -> [YAMLEvent] {
        try precheck(bytes, file: file, limits: limits)
        var composer = Composer(bytes: bytes, file: file, limits: limits, mode: .generic)
        var events: [YAMLEvent] = []
        while true {
            let event = try composer.nextEvent()
            events.append(event)
            if event.kind == .streamEnd { return events }
        }
    }

    /// Rejects what libyaml should never see: oversize input and binary data.
    private static func precheck(_ bytes: [UInt8], file: String, limits: YAMLLimits) throws(YAMLError) {
        if bytes.count > limits.maxInputBytes {
            throw YAMLError(
                file: file, mark: Mark(line: 1, column: 1),
                message: "input is \(bytes.count) bytes, more than the limit of \(limits.maxInputBytes)")
        }
        if let nul = SourceText(bytes: bytes).firstNul() {
            throw YAMLError(
                file: file, mark: nul, message: "input contains a nul byte; is this a binary file?")
        }
    }
}
