import Foundation

/// Directories that appear whole or not at all: built in a hidden temporary sibling, then
/// renamed into place (rename(2) is atomic within a file system). A process killed at any
/// moment leaves the old directory, the new one, or nothing at the target path — never a part —
/// plus at worst a hidden `.<name>.tmp-<pid>-<n>` or `.<name>.old-<pid>-<n>` sibling, which the
/// next `replace` of the same target removes once that pid is gone.
package enum AtomicDirectory {
    /// Builds `target` with `fill` (given the temporary directory to write into) and moves it
    /// into place. An existing `target` is first renamed aside, then removed; one for which
    /// `isReplaceable` is false is left alone and the write fails. Siblings of `target` left
    /// by killed writers are removed first.
    package static func replace(
        _ target: URL, fill: (URL) throws -> Void, isReplaceable: (URL) -> Bool = { _ in true }
    ) throws {
        let parent = target.deletingLastPathComponent()
        try createDirectory(parent)
        removeStaleSiblings(of: target)
        let temporary = try uniqueSibling(of: target, tag: "tmp")
        do {
            try fill(temporary)
            try moveIntoPlace(temporary, target, isReplaceable: isReplaceable)
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw error
        }
    }

    private static func moveIntoPlace(_ temporary: URL, _ target: URL, isReplaceable: (URL) -> Bool) throws {
        var aside: URL?
        if exists(target) {
            guard isReplaceable(target) || isEmptyDirectory(target) else {
                throw BundleError.notABundle(target.relativePath)
            }
            // rename(2) may replace an empty directory, so the fresh sibling can take it.
            let old = try uniqueSibling(of: target, tag: "old")
            try rename(target, to: old)
            aside = old
        }
        do {
            try rename(temporary, to: target)
        } catch {
            if let aside { try? rename(aside, to: target) }
            throw error
        }
        if let aside { try? FileManager.default.removeItem(at: aside) }
    }

    /// A new, empty, hidden directory `.<name>.<tag>-<pid>-<n>` beside `target`.
    package static func uniqueSibling(of target: URL, tag: String) throws -> URL {
        let stem = ".\(target.lastPathComponent).\(tag)-\(ProcessInfo.processInfo.processIdentifier)"
        return try uniqueDirectory(in: target.deletingLastPathComponent(), stem: stem)
    }

    /// A new, empty directory `<stem>-<n>` in `parent`, n the first number not taken.
    package static func uniqueDirectory(in parent: URL, stem: String) throws -> URL {
        var failure = EEXIST
        for attempt in 0..<10_000 {
            let candidate = parent.appendingPathComponent("\(stem)-\(attempt)")
            if mkdir(candidate.path, 0o755) == 0 { return candidate }
            // Kept at once: the Foundation calls that follow may set errno themselves.
            failure = errno
            guard failure == EEXIST else { break }
        }
        throw BundleError.writeFailed(parent.relativePath, reason: String(cString: strerror(failure)))
    }

    package static func createDirectory(_ url: URL) throws {
        do {
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        } catch {
            throw BundleError.writeFailed(url.relativePath, reason: reason(error))
        }
    }

    package static func rename(_ source: URL, to destination: URL) throws {
        guard Foundation.rename(source.path, destination.path) == 0 else {
            let failure = errno
            throw BundleError.writeFailed(destination.relativePath, reason: String(cString: strerror(failure)))
        }
    }

    package static func exists(_ url: URL) -> Bool {
        FileManager.default.fileExists(atPath: url.path)
    }

    package static func isEmptyDirectory(_ url: URL) -> Bool {
        (try? FileManager.default.contentsOfDirectory(atPath: url.path))?.isEmpty == true
    }

    /// A short lowercase reason from a Foundation error.
    package static func reason(_ error: any Error) -> String {
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(underlying.code)))
        }
        if nsError.domain == NSPOSIXErrorDomain { return String(cString: strerror(Int32(nsError.code))) }
        // Foundation's file errors, in the words of the system call that failed.
        let posix: Int32? = switch CocoaError.Code(rawValue: nsError.code) {
        case .fileWriteVolumeReadOnly: EROFS
        case .fileWriteNoPermission, .fileReadNoPermission: EACCES
        case .fileWriteOutOfSpace: ENOSPC
        case .fileNoSuchFile, .fileReadNoSuchFile: ENOENT
        case .fileWriteFileExists: EEXIST
        default: nil
        }
        if nsError.domain == NSCocoaErrorDomain, let posix { return String(cString: strerror(posix)) }
        return nsError.localizedDescription
    }
}
