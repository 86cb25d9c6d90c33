import Foundation
import LRConfig
import LREngine
import LRTrial

/// `sweep.method: pbt` over an external trainer. Every member's trainer runs at once, each on
/// its own thread, at a constant rate (the member's). At the end of each round all members wait
/// until every one has reported its epoch (or ended), then `exploitEvents` decides from the
/// reported objectives exactly as for built-in models: each chosen source saves a checkpoint
/// through the protocol, and each loser loads its source's checkpoint and takes the perturbed
/// rate. Decisions depend only on what the trainers reported, never on which reported first.
/// Unlike built-in members, a member whose trainer has ended (diverged or failed) is not
/// revived, and its events are left out; early stopping does not apply.
extension PBTSearch {
    func runExternal(specs: [TrialSpec]) -> (trials: [RunResult.Trial], events: [Event]) {
        let checkpoints = FileManager.default.temporaryDirectory
            .appendingPathComponent("lrlab-pbt-\(getpid())-\(UUID().uuidString)").path
        try? FileManager.default.createDirectory(atPath: checkpoints, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: checkpoints) }
        let population = ExternalPopulation(
            search: self, rates: specs.map { $0.experiment.optimizer.lr }, checkpoints: checkpoints)
        let outcomes = ExternalPopulation.Results(count: specs.count)
        let group = DispatchGroup()
        // One thread per member: all must be alive at once to meet at the rounds' ends.
        for (member, spec) in specs.enumerated() {
            group.enter()
            let thread = Thread {
                let outcome = ExternalTrial.run(
                    spec, schedule: MemberRate(population: population, member: member), stopsEarly: false,
                    epochRule: { epoch, metrics in population.decide(member: member, epoch: epoch, metrics: metrics) },
                    saved: { population.saved(member: member, path: $0) })
                population.ended(member: member)
                outcomes.set(member, outcome)
                group.leave()
            }
            thread.stackSize = 1 << 20
            thread.start()
        }
        group.wait()
        let trials = zip(specs, outcomes.all).map { RunResult.Trial(spec: $0, outcome: $1) }
        return (trials, population.appliedEvents)
    }
}

/// A member's constant rate, read from the population (a loser's changes when it exploits).
struct MemberRate: LRSchedule {
    let population: ExternalPopulation
    let member: Int
    var lr: Double { population.rate(member) }
    var momentum: Double? { nil }
    mutating func advance(after observation: ScheduleObservation) {}
}

/// The meeting point of an external population's members at the end of each round.
final class ExternalPopulation: @unchecked Sendable {
    // Every field is guarded by `condition`.
    private let condition = NSCondition()
    private let search: PBTSearch
    private let checkpoints: String
    private var rates: [Double]
    private var ended: Set<Int> = []
    /// Per round: the reported objectives of the members that arrived.
    private var arrivals: [Int: [Int: Double?]] = [:]
    /// Per round, once every member arrived or ended: the decided events.
    private var decided: [Int: [PBTSearch.Event]] = [:]
    private var savedPaths: Set<String> = []
    private var rng: RandomStream
    private var events: [PBTSearch.Event] = []

    init(search: PBTSearch, rates: [Double], checkpoints: String) {
        self.search = search
        self.rates = rates
        self.checkpoints = checkpoints
        rng = RandomStream(root: UInt64(max(0, search.experiment.seed)), trial: 1, name: "sweep")
    }

    func rate(_ member: Int) -> Double { condition.withLock { rates[member] } }

    /// The events applied, in round order, worst loser first (as decided).
    var appliedEvents: [PBTSearch.Event] {
        condition.withLock { events.sorted { ($0.round, order($0)) < ($1.round, order($1)) } }
    }

    private func order(_ event: PBTSearch.Event) -> Int {
        decided[event.round]?.firstIndex { $0.member == event.member } ?? 0
    }

    /// What member `member` does after `epoch`: at a round's end, wait for the round's
    /// decision and save, load or go on; otherwise go on.
    func decide(member: Int, epoch: Int, metrics: [(name: String, value: Double)]) -> ExternalEpochDecision {
        guard epoch % search.interval == 0, epoch < search.totalEpochs else { return .proceed }
        let round = epoch / search.interval - 1
        condition.lock()
        defer { condition.unlock() }
        arrivals[round, default: [:]][member] = objective(metrics)
        decideIfComplete(round: round, epoch: epoch)
        while decided[round] == nil { condition.wait() }
        let roundEvents = decided[round] ?? []
        if roundEvents.contains(where: { $0.source == member }) { return .save(path(member, round)) }
        guard let event = roundEvents.first(where: { $0.member == member }) else { return .proceed }
        let source = path(event.source, round)
        while !savedPaths.contains(source) && !ended.contains(event.source) { condition.wait() }
        guard savedPaths.contains(source) else { return .proceed }
        rates[member] = event.newLR
        events.append(event)
        return .load(source)
    }

    func saved(member: Int, path: String) {
        condition.withLock {
            savedPaths.insert(path)
            condition.broadcast()
        }
    }

    /// A member's trainer ended: it counts as arrived, without an objective, at every later round.
    func ended(member: Int) {
        condition.withLock {
            ended.insert(member)
            for round in arrivals.keys.sorted() where decided[round] == nil {
                decideIfComplete(round: round, epoch: (round + 1) * search.interval)
            }
            condition.broadcast()
        }
    }

    /// Decides `round` once every member has arrived at it or ended (caller holds the lock).
    private func decideIfComplete(round: Int, epoch: Int) {
        let arrived = arrivals[round] ?? [:]
        guard decided[round] == nil, (0..<rates.count).allSatisfy({ arrived[$0] != nil || ended.contains($0) }) else { return }
        let objectives: [Double?] = (0..<rates.count).map { arrived[$0] ?? nil }
        let proposed = search.exploitEvents(objectives: objectives, rates: rates, round: round, epoch: epoch, rng: &rng)
        decided[round] = proposed.filter { !ended.contains($0.member) && !ended.contains($0.source) }
        condition.broadcast()
    }

    /// The objective a member reported (`val_loss` falls back to the training loss, as for
    /// built-in members); nil when missing or not finite.
    private func objective(_ metrics: [(name: String, value: Double)]) -> Double? {
        let metric = PBTSearch.epochMetric(search.sweep.objective.metric)
        let value = metrics.first { $0.name == metric }?.value
            ?? (metric == "val_loss" ? metrics.first { $0.name == "train_loss" }?.value : nil)
        return value.flatMap { $0.isFinite ? $0 : nil }
    }

    private func path(_ member: Int, _ round: Int) -> String { "\(checkpoints)/m\(member)-r\(round)" }

    /// The members' outcomes, filled in by their threads.
    final class Results: @unchecked Sendable {
        private let lock = NSLock()
        private var outcomes: [TrialOutcome]

        init(count: Int) { outcomes = Array(repeating: .failed("not run"), count: count) }

        func set(_ member: Int, _ outcome: TrialOutcome) { lock.withLock { outcomes[member] = outcome } }

        var all: [TrialOutcome] { lock.withLock { outcomes } }
    }
}
