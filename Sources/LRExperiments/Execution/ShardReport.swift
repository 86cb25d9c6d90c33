/// What one shard did (`lrlab run --shard I/N`): it trains its share of the first batch the
/// cache lacks trials of and writes no bundle.
public struct ShardReport: Sendable, Equatable {
    /// A trial of the share that failed (not cached, so the assembling run lists it missing).
    public struct Failure: Sendable, Equatable {
        public var trial: String
        public var message: String
    }

    public var shard: Shard
    /// Trials of the share trained by this process.
    public var trained: Int
    /// Trials of the share another process had already put in the cache.
    public var cached: Int
    /// The trials of the share.
    public var share: Int
    /// The batch worked on, counting from 1 (a halving rung), and its size; nil when every
    /// trial of the sweep was already cached, so there was nothing to do.
    public var batch: Int?
    public var batchSize: Int
    public var failed: [Failure]
    /// Stopped by a signal before the share was done.
    public var interrupted: Bool
}
