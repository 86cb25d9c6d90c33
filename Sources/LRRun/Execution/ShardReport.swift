/// What one shard did (`lrlab run --shard I/N`): it trains its share of the first batch the
/// cache lacks trials of and writes no bundle.
package struct ShardReport: Sendable, Equatable {
    /// A trial of the share that failed (not cached, so the assembling run lists it missing).
    package struct Failure: Sendable, Equatable {
        package var trial: String
        package var message: String
    }

    package var shard: Shard
    /// Trials of the share trained by this process.
    package var trained: Int
    /// Trials of the share another process had already put in the cache.
    package var cached: Int
    /// The trials of the share.
    package var share: Int
    /// The batch worked on, counting from 1 (a halving rung), and its size; nil when every
    /// trial of the sweep was already cached, so there was nothing to do.
    package var batch: Int?
    package var batchSize: Int
    package var failed: [Failure]
    /// Stopped by a signal before the share was done.
    package var interrupted: Bool
}
