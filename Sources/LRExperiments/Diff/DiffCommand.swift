import Foundation

/// `lrlab diff [A [B]] [options]`, minus argument parsing: find the bundle pairs, read each side
/// (from git history where a side is a revision), compare and render.
public struct DiffCommand: Sendable {
    public var arguments: [String]
    public var options: DiffOptions
    public var format: DiffFormat
    /// Where to write the HTML curve overlay, if anywhere.
    public var plotsPath: String?
    /// The directory the command runs in (its git repository is the one read).
    public var directory: String

    public init(
        arguments: [String], options: DiffOptions = DiffOptions(), format: DiffFormat = .text, plotsPath: String? = nil,
        directory: String = FileManager.default.currentDirectoryPath
    ) {
        self.arguments = arguments
        self.options = options
        self.format = format
        self.plotsPath = plotsPath
        self.directory = directory
    }

    /// Output and exit status: 0 nothing found, 1 found (per `--fail-on`), 2 error.
    public func run() -> CommandOutput {
        let scratch = FileManager.default.temporaryDirectory
            .appendingPathComponent("lrlab-diff-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        do {
            let pairs = try compare(scratch: scratch)
            let diffs = pairs.map(\.diff)
            if let plotsPath {
                let html = DiffPlots.html(pairs, options: options)
                do { try Data(html.utf8).write(to: URL(fileURLWithPath: plotsPath)) } catch {
                    return CommandOutput(stderr: "error: \(plotsPath): cannot write: \(error.localizedDescription)\n",
                                         exitCode: ExitStatus.invalidInput)
                }
            }
            return CommandOutput(stdout: DiffRenderer.render(diffs, format: format, options: options),
                                 exitCode: Self.exitStatus(diffs, options: options))
        } catch {
            return CommandOutput(stderr: "error: \(error.description)\n", exitCode: ExitStatus.invalidInput)
        }
    }

    /// 1 when anything matching `--fail-on` was found, else 0.
    public static func exitStatus(_ diffs: [BundleDiff], options: DiffOptions) -> Int32 {
        let found = switch options.failOn {
        case .change: diffs.contains { $0.state != .unchanged }
        case .regression: diffs.contains(where: \.regression)
        }
        return found ? ExitStatus.checkFailed : ExitStatus.ok
    }

    /// A compared pair with the bundles it came from (for plots).
    public struct Pair: Sendable {
        public var diff: BundleDiff
        public var old: ResultBundle?
        public var new: ResultBundle?
    }

    /// Every pair the arguments name, compared; `scratch` holds bundles read from git.
    public func compare(scratch: String) throws(DiffError) -> [Pair] {
        let sides: (DiffSide, DiffSide)
        switch arguments.count {
        case 0: sides = (.revision("HEAD", path: nil), .workingTree)
        case 1: sides = (DiffSide(argument: arguments[0]), .workingTree)
        case 2: sides = (DiffSide(argument: arguments[0]), DiffSide(argument: arguments[1]))
        default: throw .usage("expected at most two bundles or revisions, got \(arguments.count)")
        }
        var reader = SideReader(directory: directory, scratch: scratch)
        let paths: [(String, String)]
        switch (sides.0.path, sides.1.path) {
        case (nil, nil):
            var names = try reader.bundles(sides.0)
            for name in try reader.bundles(sides.1) where !names.contains(name) { names.append(name) }
            paths = names.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }.map { ($0, $0) }
        case (let a?, nil):
            if case .directory = sides.0 { throw .usage("a bundle directory needs a second side to compare with") }
            paths = [(a, a)]
        case (nil, let b?): paths = [(b, b)]
        case (let a?, let b?): paths = [(a, b)]
        }
        var pairs: [Pair] = []
        for (a, b) in paths {
            let old = try reader.read(sides.0, path: a)
            let new = try reader.read(sides.1, path: b)
            // A bundle the arguments name must exist on at least one side.
            if old == nil, new == nil { throw .notFound(a == b ? a : "\(a) or \(b)") }
            let diff: BundleDiff
            do {
                diff = try BundleComparison.compare(
                    path: b, old: old.map { (sides.0.label(a), $0) }, new: new.map { (sides.1.label(b), $0) },
                    options: options)
            } catch { throw .bundle(reader.describe(error)) }
            pairs.append(Pair(diff: diff, old: old, new: new))
        }
        return pairs
    }
}
