import Foundation
import LRYAML

/// Loads experiment files: parses YAML, follows `extends:`, applies `--set` overrides, checks
/// everything against the key tables and builds an ``Experiment``.
public struct ExperimentLoader: Sendable {
    package var limits: YAMLLimits

    /// A loader holding YAML input to `limits` (sizes, depth, aliases).
    public init(limits: YAMLLimits = .default) {
        self.limits = limits
    }

    /// The outcome of loading one file: the experiment when valid, and every diagnostic,
    /// sorted (the file's own first, by position; then base files; then the command line).
    package struct Result: Sendable {
        package var experiment: Experiment?
        package var diagnostics: [Diagnostic]

        package init(experiment: Experiment?, diagnostics: [Diagnostic]) {
            self.experiment = experiment
            self.diagnostics = diagnostics
        }

        package var isValid: Bool { experiment != nil && !diagnostics.contains { $0.severity == .error } }
    }

    /// Loads `file` with `overrides` (each `dotted.path=value`), throwing every diagnostic.
    ///
    /// - Parameters:
    ///   - file: the experiment file; `extends:` paths resolve relative to it.
    ///   - overrides: `dotted.path=value` settings, as `lrlab run --set` takes them.
    /// - Throws: ``ConfigError`` with every located diagnostic when the file is not valid.
    public func load(file: String, overrides: [String] = []) throws(ConfigError) -> Experiment {
        let result = check(file: file, overrides: overrides)
        guard let experiment = result.experiment, result.isValid else {
            throw ConfigError(diagnostics: result.diagnostics)
        }
        return experiment
    }

    /// Loads `file` and reports everything found; never throws or traps.
    package func check(file: String, overrides: [String] = []) -> Result {
        var session = LoadSession(limits: limits)
        var experiment: Experiment?
        if var root = session.loadTree(file, chain: [], origin: nil) {
            root = session.applyOverrides(overrides, to: root)
            experiment = session.decode(root, file: file)
        } else {
            _ = session.applyOverrides(overrides, to: ConfigNode(.mapping([]), location: .init(file: file, line: 1, column: 1)))
        }
        let diagnostics = session.finish()
        return Result(experiment: diagnostics.isEmpty ? experiment : nil, diagnostics: diagnostics)
    }

    /// Checks an already merged document, e.g. a sweep trial with its values substituted by
    /// ``ConfigNode/setting(_:to:)``. Diagnostics point at wherever each node was written.
    package func check(document: ConfigNode, file: String) -> Result {
        var session = LoadSession(limits: limits)
        session.see(file)
        let experiment = session.decode(document, file: file)
        let diagnostics = session.finish()
        return Result(experiment: diagnostics.isEmpty ? experiment : nil, diagnostics: diagnostics)
    }
}

/// The mutable state of one load: diagnostics, source texts and the order files were seen.
package struct LoadSession {
    package var limits: YAMLLimits
    package var diagnostics: [Diagnostic] = []
    /// Source lines by file name, for the caret display (looked up, never iterated).
    package var sources: [String: [String]] = [:]
    /// Files in the order they were first seen; diagnostics sort by this rank.
    package var fileOrder: [String] = []
    /// Trees already loaded as bases, by file identity: a base listed many times is read once.
    package var loadedBases: [String: ConfigNode] = [:]
    /// `extends:` entries followed so far, against ``Limits/maxExtendsLoads``.
    package var extendsLoads = 0

    package init(limits: YAMLLimits) {
        self.limits = limits
    }

    package mutating func error(_ location: SourceLocation, _ path: String = "", _ message: String) {
        diagnostics.append(Diagnostic(location, path: path, message))
    }

    package mutating func see(_ file: String) {
        if !fileOrder.contains(file) { fileOrder.append(file) }
    }

    /// Reads, parses and wraps one file and its bases; nil when nothing usable was loaded.
    /// `origin` is the `extends:` entry that named the file (errors about the file go there).
    package mutating func loadTree(_ file: String, chain: [String], origin: SourceLocation?) -> ConfigNode? {
        see(file)
        let fail = { (session: inout LoadSession, message: String) in
            if let origin {
                session.error(origin, "extends", message)
            } else {
                session.error(SourceLocation(file: file, line: 0, column: 0), "", message)
            }
        }
        let name = origin == nil ? "" : "'\(file)': "
        if let size = (try? FileManager.default.attributesOfItem(atPath: file))?[.size] as? Int,
            size > limits.maxInputBytes
        {
            fail(&self, "\(name)file is larger than \(limits.maxInputBytes) bytes")
            return nil
        }
        let bytes: [UInt8]
        switch FilePath.read(file, limit: limits.maxInputBytes) {
        case .success(let b): bytes = b
        case .failure(let reason):
            fail(&self, "\(name)\(reason.message)")
            return nil
        }
        sources[file] = Self.lines(bytes)
        let document: Node?
        do {
            // The YAML layer drops a leading byte order mark and its marks do not count it;
            // `lines` drops it too, so quoted source lines and columns agree.
            document = try YAML.parseDocument(bytes, file: file, limits: limits)
        } catch {
            diagnostics.append(Diagnostic(
                file: error.file, line: error.mark.line, column: error.mark.column, message: error.message))
            if origin != nil { fail(&self, "\(name)the file has errors") }
            return nil
        }
        guard let document else {
            if origin != nil {
                fail(&self, "\(name)the file is empty")
            } else {
                error(SourceLocation(file: file, line: 1, column: 1), "", "the file is empty; expected an experiment mapping")
            }
            return nil
        }
        var wrapped = ConfigNode.wrap(document, file: file, diagnostics: &diagnostics)
        guard wrapped.entries != nil else {
            error(wrapped.location, "", "expected a mapping at the top level, got \(wrapped.described)")
            return nil
        }
        guard let extends = wrapped["extends"] else { return wrapped }
        wrapped = wrapped.removing("extends")
        var paths: [ConfigNode] = []
        switch extends.content {
        case .scalar(.string, _): paths = [extends]
        case .sequence(let items) where !items.isEmpty:
            for item in items {
                if case .string? = item.scalar { paths.append(item) } else {
                    error(item.location, "extends", "expected a path, got \(item.described)")
                }
            }
        default:
            error(extends.location, "extends", "expected a path or a list of paths, got \(extends.described)")
        }
        var base: ConfigNode?
        let identity = FilePath.identity(file)
        for node in paths {
            guard case .string(let relative)? = node.scalar else { continue }
            let path = FilePath.resolve(relative, against: file)
            let id = FilePath.identity(path)
            if id == identity || chain.contains(id) {
                error(node.location, "extends", "'\(relative)' closes an extends cycle")
                continue
            }
            guard chain.count < Limits.maxExtendsDepth else {
                error(node.location, "extends", "extends chain is deeper than \(Limits.maxExtendsDepth) files")
                continue
            }
            extendsLoads += 1
            guard extendsLoads <= Limits.maxExtendsLoads else {
                if extendsLoads == Limits.maxExtendsLoads + 1 {
                    error(node.location, "extends", "more than \(Limits.maxExtendsLoads) extends entries are followed")
                }
                continue
            }
            let tree: ConfigNode
            if let loaded = loadedBases[id] {
                tree = loaded
            } else {
                guard let fresh = loadTree(path, chain: chain + [identity], origin: node.location) else { continue }
                loadedBases[id] = fresh
                tree = fresh
            }
            base = base.map { $0.merged(with: tree) } ?? tree
        }
        return base.map { $0.merged(with: wrapped) } ?? wrapped
    }

    /// Checks a merged tree against the key tables and builds the experiment.
    package mutating func decode(_ root: ConfigNode, file: String) -> Experiment? {
        guard root.entries != nil else {
            error(root.location, "", "expected a mapping at the top level, got \(root.described)")
            return nil
        }
        var reader = SectionReader()
        let experiment = ExperimentKeys.decode(root, file: file, reader: &reader) { node in
            guard case .string(let path)? = node.scalar else { return "" }
            // Paths from files are relative to the file that wrote them; from `--set`, to the
            // working directory.
            return node.location.file == OverrideSet.file ? path : FilePath.resolve(path, against: node.location.file)
        }
        diagnostics += reader.diagnostics
        return experiment
    }

    /// Sorts the diagnostics and attaches their source lines.
    package mutating func finish() -> [Diagnostic] {
        see(OverrideSet.file)
        let ranked = diagnostics.enumerated().map { (offset, d) in
            (rank: fileOrder.firstIndex(of: d.file) ?? fileOrder.count, offset: offset, d: d)
        }
        let sorted = ranked.sorted {
            ($0.rank, $0.d.line, $0.d.column, $0.offset) < ($1.rank, $1.d.line, $1.d.column, $1.offset)
        }
        var seen: Set<String> = []
        var out: [Diagnostic] = []
        for var entry in sorted.map(\.d) {
            let key = "\(entry.file):\(entry.line):\(entry.column):\(entry.text)"
            guard seen.insert(key).inserted else { continue }
            if sources[entry.file] == nil, entry.file != OverrideSet.file, case .success(let bytes) = FilePath.read(entry.file),
                bytes.count <= limits.maxInputBytes
            {
                sources[entry.file] = Self.lines(bytes)
            }
            if let lines = sources[entry.file], entry.line >= 1, entry.line <= lines.count {
                entry.sourceLine = lines[entry.line - 1]
            }
            out.append(entry)
        }
        return out
    }

    /// The lines of a source, for the caret display (invalid UTF-8 shown as U+FFFD).
    /// Lines end where libyaml counts a line break: LF, CRLF, CR, NEL, LS, PS.
    package static func lines(_ bytes: [UInt8]) -> [String] {
        let breaks: Set<Character> = ["\n", "\r\n", "\r", "\u{85}", "\u{2028}", "\u{2029}"]
        return String(decoding: withoutByteOrderMark(bytes), as: UTF8.self)
            .split(omittingEmptySubsequences: false, whereSeparator: breaks.contains)
            .map(String.init)
    }

    /// The bytes without a leading UTF-8 byte order mark, which YAML allows and editors write.
    package static func withoutByteOrderMark(_ bytes: [UInt8]) -> [UInt8] {
        bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
    }
}
