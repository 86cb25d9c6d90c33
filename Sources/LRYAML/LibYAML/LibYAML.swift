// Every libyaml call of the module lives in this file; nothing outside it sees a C type.

internal import CYAML

/// Why libyaml stopped: its problem text, its context, and where (0-based, or a byte offset
/// for reader errors, which libyaml reports before it has a line and column).
struct LibYAMLFailure: Error {
    enum Location {
        case mark(line: Int, column: Int)
        case byteOffset(Int)
    }

    var isReaderError: Bool
    var problem: String
    /// The offending byte for reader errors, when libyaml reports one.
    var problemValue: Int?
    var location: Location
    var context: String?
    var contextLine: Int?
    var contextColumn: Int?
}

/// Owns one `yaml_parser_t` and the input bytes it reads; yields `YAMLEvent`s one by one.
final class LibYAMLParser {
    private let parser: UnsafeMutablePointer<yaml_parser_t>
    /// The input, owned here because libyaml keeps a pointer into it for the parser's life.
    private let input: UnsafeMutableBufferPointer<UInt8>
    private var finished = false

    init(bytes: [UInt8]) {
        // A UTF-8 byte-order mark is allowed at the start of a stream and editors write one;
        // libyaml skips it only while detecting the encoding, which is fixed below.
        let bytes = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
        input = .allocate(capacity: max(bytes.count, 1))
        _ = input.initialize(from: bytes)
        parser = .allocate(capacity: 1)
        // yaml_parser_initialize only fails on allocation failure, which Swift treats as fatal anyway.
        _ = yaml_parser_initialize(parser)
        yaml_parser_set_input_string(parser, input.baseAddress, bytes.count)
        // Only UTF-8: a UTF-16 byte-order mark on binary data must not switch decoders.
        yaml_parser_set_encoding(parser, YAML_UTF8_ENCODING)
    }

    deinit {
        yaml_parser_delete(parser)
        parser.deallocate()
        input.deallocate()
    }

    /// The next event, or nil after the stream end has been returned.
    func next() throws(LibYAMLFailure) -> YAMLEvent? {
        if finished { return nil }
        let event = LibYAMLEvent()
        guard yaml_parser_parse(parser, event.raw) != 0 else { throw failure() }
        let converted = event.converted()
        if case .streamEnd = converted.kind { finished = true }
        return converted
    }

    private func failure() -> LibYAMLFailure {
        let p = parser.pointee
        let isReader = p.error == YAML_READER_ERROR
        let location: LibYAMLFailure.Location =
            isReader
            ? .byteOffset(p.problem_offset)
            : .mark(line: p.problem_mark.line, column: p.problem_mark.column)
        let context = p.context.map { String(cString: $0) }
        return LibYAMLFailure(
            isReaderError: isReader,
            problem: p.problem.map { String(cString: $0) } ?? "unknown libyaml error",
            problemValue: isReader && p.problem_value >= 0 ? Int(p.problem_value) : nil,
            location: location,
            context: context,
            contextLine: context == nil ? nil : p.context_mark.line,
            contextColumn: context == nil ? nil : p.context_mark.column)
    }
}

/// Owns one `yaml_event_t` filled by the parser and deletes it in `deinit`.
private final class LibYAMLEvent {
    let raw: UnsafeMutablePointer<yaml_event_t>

    init() {
        raw = .allocate(capacity: 1)
        raw.initialize(to: yaml_event_t())
    }

    deinit {
        yaml_event_delete(raw)
        raw.deallocate()
    }

    /// Copies everything out of the C event; nothing returned points into it.
    func converted() -> YAMLEvent {
        let e = raw.pointee
        var out = YAMLEvent(
            kind: .streamStart, start: Self.mark(e.start_mark), end: Self.mark(e.end_mark))
        switch e.type {
        case YAML_STREAM_START_EVENT:
            out.kind = .streamStart
        case YAML_STREAM_END_EVENT:
            out.kind = .streamEnd
        case YAML_DOCUMENT_START_EVENT:
            out.kind = .documentStart
            out.implicit = e.data.document_start.implicit != 0
        case YAML_DOCUMENT_END_EVENT:
            out.kind = .documentEnd
            out.implicit = e.data.document_end.implicit != 0
        case YAML_ALIAS_EVENT:
            out.kind = .alias
            out.anchor = Self.string(e.data.alias.anchor)
        case YAML_SCALAR_EVENT:
            let s = e.data.scalar
            out.kind = .scalar
            out.anchor = Self.string(s.anchor)
            out.tag = Self.string(s.tag)
            out.value = Self.string(s.value, length: s.length) ?? ""
            out.plainImplicit = s.plain_implicit != 0
            out.quotedImplicit = s.quoted_implicit != 0
            out.scalarStyle = Self.scalarStyle(s.style)
        case YAML_SEQUENCE_START_EVENT:
            let s = e.data.sequence_start
            out.kind = .sequenceStart
            out.anchor = Self.string(s.anchor)
            out.tag = Self.string(s.tag)
            out.implicit = s.implicit != 0
            out.collectionStyle = s.style == YAML_FLOW_SEQUENCE_STYLE ? .flow : .block
        case YAML_SEQUENCE_END_EVENT:
            out.kind = .sequenceEnd
        case YAML_MAPPING_START_EVENT:
            let m = e.data.mapping_start
            out.kind = .mappingStart
            out.anchor = Self.string(m.anchor)
            out.tag = Self.string(m.tag)
            out.implicit = m.implicit != 0
            out.collectionStyle = m.style == YAML_FLOW_MAPPING_STYLE ? .flow : .block
        case YAML_MAPPING_END_EVENT:
            out.kind = .mappingEnd
        default:
            out.kind = .streamEnd
        }
        return out
    }

    private static func mark(_ m: yaml_mark_t) -> Mark {
        Mark(line: m.line + 1, column: m.column + 1)
    }

    private static func string(_ p: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        guard let p else { return nil }
        return String(cString: p)
    }

    private static func string(_ p: UnsafeMutablePointer<yaml_char_t>?, length: Int) -> String? {
        guard let p else { return nil }
        return String(decoding: UnsafeBufferPointer(start: p, count: length), as: UTF8.self)
    }

    private static func scalarStyle(_ s: yaml_scalar_style_t) -> ScalarStyle {
        switch s {
        case YAML_SINGLE_QUOTED_SCALAR_STYLE: .singleQuoted
        case YAML_DOUBLE_QUOTED_SCALAR_STYLE: .doubleQuoted
        case YAML_LITERAL_SCALAR_STYLE: .literal
        case YAML_FOLDED_SCALAR_STYLE: .folded
        default: .plain
        }
    }
}

/// Owns one `yaml_emitter_t` writing into a Swift-owned byte buffer.
final class LibYAMLEmitter {
    /// How the emitter should write a scalar.
    enum Style { case plain, singleQuoted, doubleQuoted, literal }

    private let emitter: UnsafeMutablePointer<yaml_emitter_t>
    /// What libyaml has written so far.
    private(set) var output: [UInt8] = []

    init() {
        emitter = .allocate(capacity: 1)
        _ = yaml_emitter_initialize(emitter)
        yaml_emitter_set_unicode(emitter, 1)
        yaml_emitter_set_width(emitter, -1)
        yaml_emitter_set_indent(emitter, 2)
        yaml_emitter_set_break(emitter, YAML_LN_BREAK)
        yaml_emitter_set_output(
            emitter,
            { data, buffer, size in
                guard let data, let buffer else { return 0 }
                let this = Unmanaged<LibYAMLEmitter>.fromOpaque(data).takeUnretainedValue()
                this.output.append(contentsOf: UnsafeBufferPointer(start: buffer, count: size))
                return 1
            },
            Unmanaged.passUnretained(self).toOpaque())
    }

    deinit {
        yaml_emitter_delete(emitter)
        emitter.deallocate()
    }

    func streamStart() throws(LibYAMLFailure) {
        try emit { yaml_stream_start_event_initialize($0, YAML_UTF8_ENCODING) }
    }

    func streamEnd() throws(LibYAMLFailure) {
        try emit { yaml_stream_end_event_initialize($0) }
        _ = yaml_emitter_flush(emitter)
    }

    func documentStart() throws(LibYAMLFailure) {
        try emit { yaml_document_start_event_initialize($0, nil, nil, nil, 1) }
    }

    func documentEnd() throws(LibYAMLFailure) {
        try emit { yaml_document_end_event_initialize($0, 1) }
    }

    /// A scalar without tag; `plainImplicit` says whether plain text re-reads as this value.
    func scalar(_ value: String, style: Style, plainImplicit: Bool) throws(LibYAMLFailure) {
        var bytes = Array(value.utf8)
        let count = bytes.count
        let cStyle: yaml_scalar_style_t =
            switch style {
            case .plain: YAML_PLAIN_SCALAR_STYLE
            case .singleQuoted: YAML_SINGLE_QUOTED_SCALAR_STYLE
            case .doubleQuoted: YAML_DOUBLE_QUOTED_SCALAR_STYLE
            case .literal: YAML_LITERAL_SCALAR_STYLE
            }
        bytes.append(0)
        try bytes.withUnsafeMutableBufferPointer { (buffer) throws(LibYAMLFailure) in
            try emit {
                yaml_scalar_event_initialize(
                    $0, nil, nil, buffer.baseAddress, Int32(count), plainImplicit ? 1 : 0, 1,
                    cStyle)
            }
        }
    }

    func sequenceStart() throws(LibYAMLFailure) {
        try emit { yaml_sequence_start_event_initialize($0, nil, nil, 1, YAML_BLOCK_SEQUENCE_STYLE) }
    }

    func sequenceEnd() throws(LibYAMLFailure) {
        try emit { yaml_sequence_end_event_initialize($0) }
    }

    func mappingStart() throws(LibYAMLFailure) {
        try emit { yaml_mapping_start_event_initialize($0, nil, nil, 1, YAML_BLOCK_MAPPING_STYLE) }
    }

    func mappingEnd() throws(LibYAMLFailure) {
        try emit { yaml_mapping_end_event_initialize($0) }
    }

    /// Initialises an event on the stack and hands it to libyaml, which takes its contents
    /// (and frees them even when emitting fails).
    private func emit(
        _ initialize: (UnsafeMutablePointer<yaml_event_t>) -> Int32
    ) throws(LibYAMLFailure) {
        var event = yaml_event_t()
        let ok = withUnsafeMutablePointer(to: &event) { pointer in
            initialize(pointer) != 0 && yaml_emitter_emit(emitter, pointer) != 0
        }
        guard ok else {
            let problem = emitter.pointee.problem.map { String(cString: $0) } ?? "emitter error"
            throw LibYAMLFailure(
                isReaderError: false, problem: problem, problemValue: nil,
                location: .mark(line: 0, column: 0), context: nil, contextLine: nil,
                contextColumn: nil)
        }
    }
}
