import Foundation

/// Reads bundles from one side of a diff: the file system, or a revision exported from git
/// into a scratch directory.
package struct SideReader {
    package var directory: String
    package var scratch: String
    private var repository: GitRepository?
    /// Scratch subdirectory → the revision it holds, to name files in errors as `REV:path`.
    private var exports: [(directory: String, revision: String)] = []

    package init(directory: String, scratch: String) {
        self.directory = directory
        self.scratch = scratch
    }

    /// Where `results/` lives on each side.
    package static let results = "results"

    package mutating func git() throws(DiffError) -> GitRepository {
        if let repository { return repository }
        let repository = try GitRepository(directory: directory)
        self.repository = repository
        return repository
    }

    /// Bundles directly under `results/` on `side`, as `results/<name>`.
    package mutating func bundles(_ side: DiffSide) throws(DiffError) -> [String] {
        switch side {
        case .revision(let revision, _):
            let git = try git()
            let commit = try git.commit(revision)
            return try git.files(at: commit, under: Self.results).compactMap { file in
                let parts = file.split(separator: "/", omittingEmptySubsequences: false)
                // Hidden names are a writer's temporary or replaced siblings, never bundles.
                guard parts.count == 3, parts[2] == Substring(BundleLayout.manifest), !parts[1].hasPrefix(".") else { return nil }
                return "\(parts[0])/\(parts[1])"
            }
        case .workingTree, .directory:
            let root = absolute(Self.results)
            let names = (try? FileManager.default.contentsOfDirectory(atPath: root)) ?? []
            return names.filter { !$0.hasPrefix(".") && FileManager.default.fileExists(atPath: "\(root)/\($0)/\(BundleLayout.manifest)") }
                .map { "\(Self.results)/\($0)" }
        }
    }

    /// The bundle at `path` on `side`; nil when the side has nothing there.
    package mutating func read(_ side: DiffSide, path: String) throws(DiffError) -> ResultBundle? {
        switch side {
        case .directory, .workingTree:
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: absolute(path), isDirectory: &isDirectory) else { return nil }
            do { return try BundleReader.read(path.hasPrefix("/") ? path : absoluteOrRelative(path)) } catch {
                throw .bundle(describe(error))
            }
        case .revision(let revision, _):
            let git = try git()
            let commit = try git.commit(revision)
            let files = try git.files(at: commit, under: path)
            guard !files.isEmpty else { return nil }
            let target = "\(scratch)/\(exports.count)"
            try git.export(files, at: commit, to: target)
            exports.append((target, revision))
            do { return try BundleReader.read("\(target)/\(path)") } catch { throw .bundle(describe(error)) }
        }
    }

    /// The error's message with scratch directories shown as the revision they hold.
    package func describe(_ error: BundleError) -> String {
        var text = error.description
        for export in exports { text = text.replacingOccurrences(of: export.directory + "/", with: export.revision + ":") }
        return text
    }

    /// `path` resolved against the command's directory.
    package func absolute(_ path: String) -> String {
        path.hasPrefix("/") ? path : "\(directory)/\(path)"
    }

    /// Relative paths stay relative (so errors name them as typed) when the command runs in
    /// the process's own directory.
    package func absoluteOrRelative(_ path: String) -> String {
        directory == FileManager.default.currentDirectoryPath ? path : absolute(path)
    }
}
