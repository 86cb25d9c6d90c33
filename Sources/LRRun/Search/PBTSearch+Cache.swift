import LRConfig
import LRTrial

/// A `pbt` population in the trial cache. Its members share state through exploitation, so no
/// member is a trial that could be trained alone: the population is cached as a whole, one
/// entry per member (its outcome, as any trial's) and one record of the exploit/explore
/// events, all under keys derived from every member's trial key and the `sweep` section. A
/// rerun takes the population from the cache only when the record and every member are there
/// and intact; otherwise it trains the whole population again.
extension PBTSearch {
    /// The cache keys of this population: one per member, in member order, and the record's.
    package struct CacheKeys: Sendable, Equatable {
        package var members: [String]
        package var record: String
    }

    package func cacheKeys(_ specs: [TrialSpec]) -> CacheKeys {
        let parts: [[UInt8]] =
            [Array("lrlab.pbt/1".utf8), Array((experiment.document["sweep"]?.canonicalText ?? "none").utf8)]
            + specs.map { Array(PipelineKeys(trial: $0).evaluate.utf8) }
        let population = ContentHash.sha256(lengthPrefixed: parts)
        let key = { (name: String) in ContentHash.sha256(lengthPrefixed: [Array(population.utf8), Array(name.utf8)]) }
        return CacheKeys(members: specs.indices.map { key("member-\($0)") }, record: key("record"))
    }

    /// The population and its events from `cache`, nil unless every part is there and intact.
    package func cached(_ specs: [TrialSpec], keys: CacheKeys, in cache: TrialCache) -> (trials: [RunResult.Trial], events: [Event])? {
        guard let record = cache.record(key: keys.record), let events = try? Self.events(reading: JSONReader(record)),
            events.allSatisfy({ specs.indices.contains($0.member) && specs.indices.contains($0.source) })
        else { return nil }
        var trials: [RunResult.Trial] = []
        for (spec, key) in zip(specs, keys.members) {
            guard let outcome = cache.outcome(key: key) else { return nil }
            trials.append(RunResult.Trial(spec: spec, outcome: outcome))
        }
        return (trials, events)
    }

    /// Stores the trained population: the members first and the record last, so a record in
    /// the cache means a whole population. A population with a failed member is not stored
    /// (failures are never cached). The reasons of writes that failed, by member index.
    package func store(_ trials: [RunResult.Trial], events: [Event], keys: CacheKeys, in cache: TrialCache) -> [(Int, String)] {
        guard !trials.contains(where: { $0.outcome.status == .failed }) else { return [] }
        var failures: [(Int, String)] = []
        for (index, (trial, key)) in zip(trials, keys.members).enumerated() {
            do { try cache.store(trial.outcome, key: key, trialID: trial.spec.id) } catch { failures.append((index, "\(error)")) }
        }
        guard failures.isEmpty else { return failures }
        do { try cache.storeRecord(Self.json(events), key: keys.record) } catch { failures.append((0, "\(error)")) }
        return failures
    }

    /// The events as the cache keeps them: every number exact (doubles by their bit patterns),
    /// so a population taken from the cache writes the same `search.json` as a trained one.
    static func json(_ events: [Event]) -> JSONValue {
        let bits = { (x: Double) in JSONValue.string(String(x.bitPattern, radix: 16)) }
        return .object([("format", .string("lrlab.pbt-events/1")), ("events", .array(events.map { event in
            .object([
                ("round", .integer(event.round)), ("epoch", .integer(event.epoch)), ("member", .integer(event.member)),
                ("source", .integer(event.source)), ("member_objective", event.memberObjective.map(bits) ?? .null),
                ("source_objective", event.sourceObjective.map(bits) ?? .null), ("factor", bits(event.factor)),
                ("old_lr", bits(event.oldLR)), ("new_lr", bits(event.newLR)),
            ])
        }))])
    }

    static func events(reading root: JSONReader) throws(JSONShapeError) -> [Event] {
        guard try root.string("format") == "lrlab.pbt-events/1" else {
            throw JSONShapeError(path: root.path + ".format", message: "unknown format")
        }
        func double(_ reader: JSONReader) throws(JSONShapeError) -> Double {
            guard let bits = UInt64(try reader.string(), radix: 16) else {
                throw JSONShapeError(path: reader.path, message: "expected a bit pattern")
            }
            return Double(bitPattern: bits)
        }
        func optional(_ reader: JSONReader, _ key: String) throws(JSONShapeError) -> Double? {
            guard let member = try reader.optionalMember(key) else { return nil }
            return try double(member)
        }
        var events: [Event] = []
        for item in try root.items("events") {
            events.append(Event(
                round: try item.int("round"), epoch: try item.int("epoch"), member: try item.int("member"),
                source: try item.int("source"), memberObjective: try optional(item, "member_objective"),
                sourceObjective: try optional(item, "source_objective"), factor: try double(item.member("factor")),
                oldLR: try double(item.member("old_lr")), newLR: try double(item.member("new_lr"))))
        }
        return events
    }
}
