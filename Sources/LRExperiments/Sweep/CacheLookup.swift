import Foundation

/// Where `lrlab` keeps finished trials, relative to the working directory:
/// `.lrlab/cache/<trial key>/outcome.json` once a trial is complete.
public let defaultCacheDirectory = ".lrlab/cache"

/// Whether the cache holds a finished outcome for `trialKey`: the file
/// `<cacheDirectory>/<trialKey>/outcome.json` exists and is a regular file. A trial directory
/// without it (an interrupted run) does not count.
public func isCached(trialKey: String, cacheDirectory: String) -> Bool {
    var isDirectory: ObjCBool = false
    let path = "\(cacheDirectory)/\(trialKey)/outcome.json"
    return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && !isDirectory.boolValue
}
