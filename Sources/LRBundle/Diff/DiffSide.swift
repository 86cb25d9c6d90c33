import Foundation

/// One side of `lrlab diff`: a bundle directory, a revision (optionally with a path), or the
/// working tree.
package enum DiffSide: Sendable, Equatable {
    case directory(String)
    case revision(String, path: String?)
    case workingTree

    /// An argument: an existing directory, else `REV:path`, else `REV`.
    package init(argument: String) {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: argument, isDirectory: &isDirectory), isDirectory.boolValue {
            self = .directory(argument)
        } else if let colon = argument.firstIndex(of: ":") {
            let path = String(argument[argument.index(after: colon)...])
            self = .revision(String(argument[..<colon]), path: path.isEmpty ? nil : path)
        } else {
            self = .revision(argument, path: nil)
        }
    }

    /// The path this side names, if any.
    package var path: String? {
        switch self {
        case .directory(let path): path
        case .revision(_, let path): path
        case .workingTree: nil
        }
    }

    /// How `path` on this side is shown, e.g. `HEAD:results/x`.
    package func label(_ path: String) -> String {
        switch self {
        case .revision(let revision, _): "\(revision):\(path)"
        case .directory(let directory): directory
        case .workingTree: path
        }
    }
}
