import Foundation
import LRConfig
import LRTrial
import LRRun

/// `lrlab run`'s progress on stderr: a bar redrawn in place on a terminal, one log line per
/// finished trial otherwise, or nothing. Called from the executor's worker threads.
final class ProgressDisplay: @unchecked Sendable {
    enum Mode { case quiet, bar, log }

    let mode: Mode
    private let lock = NSLock()
    private var total = 0
    private var done = 0
    private var stored = 0
    private var trained = 0
    private var running: [Int: (id: String, progress: TrialProgress?)] = [:]  // looked up by index; shown by lowest index
    private var start = Date()
    private var lastDraw = Date.distantPast
    private var barShown = false
    private var interrupts = 0
    private var receivedSignal: Int32?

    init(mode: Mode) {
        self.mode = mode
    }

    /// Trials of the current plan whose outcome is in the cache (taken from it or stored).
    var storedCount: Int { lock.withLock { stored } }

    /// The signal that interrupted the run, if any.
    var signal: Int32? { lock.withLock { receivedSignal } }

    func begin(total: Int) {
        lock.withLock {
            self.total = total
            done = 0
            stored = 0
            trained = 0
            running = [:]
            start = Date()
        }
    }

    func end() {
        lock.withLock { clearBar() }
    }

    /// Records a signal; true the first time.
    func interrupt(signal: Int32) -> Bool {
        lock.withLock {
            interrupts += 1
            receivedSignal = receivedSignal ?? signal
            return interrupts == 1
        }
    }

    /// Writes `text` to stderr above the bar.
    func write(_ text: String) {
        lock.withLock {
            clearBar()
            FileHandle.standardError.write(Data(TerminalText.visible(text, keepingColour: true).utf8))
            drawBar(force: true)
        }
    }

    func handle(_ event: ExecutionEvent) {
        lock.withLock {
            switch event {
            case .started(let index, let trial):
                running[index] = (trial.id, nil)
                drawBar(force: true)
            case .progress(let index, let trial, let progress):
                running[index] = (trial.id, progress)
                drawBar(force: false)
            case .finished(let index, let trial, let outcome, let cached, let seconds):
                running[index] = nil
                done += 1
                if !cached { trained += 1 }
                if outcome.status != .failed { stored += 1 }
                let line = RunText.logLine(done: done, total: total, trial: trial, outcome: outcome, cached: cached, seconds: seconds)
                if mode == .log || (mode == .bar && (outcome.status == .failed || outcome.status == .diverged)) {
                    clearBar()
                    FileHandle.standardError.write(Data((TerminalText.visible(line) + "\n").utf8))
                }
                drawBar(force: true)
            case .corruptCacheEntry(_, let trial, let reason):
                guard mode != .quiet else { return }
                clearBar()
                FileHandle.standardError.write(Data("warning: cache entry of trial \(trial.id) is unusable (\(TerminalText.visible(reason))); training it again\n".utf8))
            case .cacheWriteFailed(_, let trial, let reason):
                guard mode != .quiet else { return }
                clearBar()
                FileHandle.standardError.write(Data("warning: trial \(trial.id) could not be cached: \(TerminalText.visible(reason))\n".utf8))
            }
        }
    }

    /// Redraws the bar (terminal mode), at most ten times a second unless forced. Lock held.
    private func drawBar(force: Bool) {
        guard mode == .bar, total > 0 else { return }
        let now = Date()
        guard force || now.timeIntervalSince(lastDraw) >= 0.1 else { return }
        lastDraw = now
        let elapsed = now.timeIntervalSince(start)
        let eta = trained > 0 && done < total ? elapsed / Double(trained) * Double(total - done) : nil
        let current = running.keys.min().flatMap { index in running[index].flatMap { entry in entry.progress.map { (entry.id, $0) } } }
        let line = RunText.progressBar(done: done, total: total, running: running.count, current: current, eta: eta)
        FileHandle.standardError.write(Data(("\r" + line + "\u{1B}[K").utf8))
        barShown = true
    }

    /// Erases the bar line. Lock held.
    private func clearBar() {
        guard barShown else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
        barShown = false
    }
}
