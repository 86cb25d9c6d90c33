import Foundation

/// Finds the bundle pairs that diff arguments name, reads each side (from git history where a
/// side is a revision) and compares them.
package struct BundleDiffing: Sendable {
    package var arguments: [String]
    package var options: DiffOptions
    /// Where to write the HTML curve overlay, if anywhere.
    package var plotsPath: String?
    /// The directory the comparison runs in (its git repository is the one read).
    package var directory: String

    package init(
        arguments: [String], options: DiffOptions = DiffOptions(), plotsPath: String? = nil,
        directory: String = FileManager.default.currentDirectoryPath
    ) {
        self.arguments = arguments
        self.options = options
        self.plotsPath = plotsPath
        self.directory = directory
    }

    /// Every named pair compared, in order; the HTML overlay written when asked for.
    package func run() throws(DiffError) -> [BundleDiff] {
        let scratch = FileManager.default.temporaryDirectory
            .appendingPathComponent("lrlab-diff-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        let pairs = try compare(scratch: scratch)
        if let plotsPath {
            let html = DiffPlots.html(pairs, options: options)
            do { try Data(html.utf8).write(to: URL(fileURLWithPath: plotsPath)) } catch {
                throw .cannotWrite(path: plotsPath, reason: error.localizedDescription)
            }
        }
        return pairs.map(\.diff)
    }

    /// Whether `diffs` hold what `options.failOn` asks to fail on: any change, or a regression.
    package static func found(_ diffs: [BundleDiff], options: DiffOptions) -> Bool {
        switch options.failOn {
        case .change: diffs.contains { $0.state != .unchanged }
        case .regression: diffs.contains(where: \.regression)
        }
    }

    /// A compared pair with the bundles it came from (for plots).
    package struct Pair: Sendable {
        package var diff: BundleDiff
        package var old: ResultBundle?
        package var new: ResultBundle?
    }

    /// Every pair the arguments name, compared; `scratch` holds bundles read from git.
    package func compare(scratch: String) throws(DiffError) -> [Pair] {
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
