import Foundation

/// Where `lrlab` keeps finished trials, relative to the working directory:
/// `.lrlab/cache/<trial key>/outcome.json` once a trial is complete.
/// The trial cache lrlab uses unless told otherwise, relative to the working directory.
public let defaultCacheDirectory = ".lrlab/cache"

/// Whether the cache holds a usable outcome for `trialKey`: what `run` would take instead of
/// training (complete, intact, of this format), so `plan`'s "cached" column is never a promise
/// `run` breaks. An interrupted, damaged or tampered entry does not count.
package func isCached(trialKey: String, cacheDirectory: String) -> Bool {
    if case .hit = TrialCache(directory: URL(fileURLWithPath: cacheDirectory)).lookup(key: trialKey) { return true }
    return false
}
