import BylineUI
import CNcursesw
import Foundation

/// Runs analysis jobs on threads of their own, one at a time in the order asked (the article on screen
/// can be moved to the front with `prioritize`), so the reader keeps answering keys, and hands their
/// outcomes back to the run loop, which asks for them between keys (`nextMessage`); a finished job also
/// makes `wakeDescriptor` readable, so the loop's wait for a key ends at once.
///
/// A job's thread runs at a lower priority than the main thread, leaves the reader's signals to the main
/// thread (so they interrupt its wait for a key) and gets an alternate signal stack (so a crash in it
/// still restores the terminal). A job still running
/// when the reader quits is abandoned with the process.
final class AnalysisWorker {
    /// The work, from the command: load the models, parse and analyse.
    private let analyze: @Sendable (AnalysisJob) -> AnalysisOutcome
    private let mailbox: Mailbox
    /// When each running job started, by id (one at most).
    private var started: [Int: ContinuousClock.Instant] = [:]
    /// The jobs waiting for the running one to finish, next first.
    private var queue: [AnalysisJob] = []
    /// The elapsed seconds last reported for each running job, by id.
    private var reported: [Int: Int] = [:]

    /// A job thread's stack: as roomy as a main thread's.
    static let stackSize = 8 << 20

    init(analyze: @escaping @Sendable (AnalysisJob) -> AnalysisOutcome) {
        self.analyze = analyze
        self.mailbox = Mailbox()
    }

    /// Readable when a job has finished: for the run loop to wait on beside the keyboard.
    var wakeDescriptor: Int32 { mailbox.wakeReader }

    /// Empties the wake-up pipe once the loop has woken.
    func drainWakeUps() {
        mailbox.drain()
    }

    /// Whether a job is running or its outcome has not been taken yet.
    var isBusy: Bool { !started.isEmpty }

    /// Runs `job` once the jobs asked for before it have run.
    func enqueue(_ job: AnalysisJob) {
        queue.append(job)
        startNextIfIdle()
    }

    /// Moves job `id`, if it still waits, to the front of the queue.
    func prioritize(_ id: Int) {
        guard let index = queue.firstIndex(where: { $0.id == id }) else { return }
        queue.insert(queue.remove(at: index), at: 0)
    }

    /// Starts the next waiting job if none runs.
    private func startNextIfIdle() {
        guard started.isEmpty, !queue.isEmpty else { return }
        start(queue.removeFirst())
    }

    /// Starts `job` on a new thread.
    private func start(_ job: AnalysisJob) {
        started[job.id] = .now
        reported[job.id] = 0
        let analyze = self.analyze
        let mailbox = self.mailbox
        let thread = Thread {
            byline_lower_thread_priority()
            byline_block_reader_signals()
            let stack = byline_install_alternate_stack()
            let outcome = analyze(job)
            byline_remove_alternate_stack(stack)
            mailbox.post(Message.analysisFinished(jobID: job.id, outcome))
        }
        thread.stackSize = Self.stackSize
        thread.start()
    }

    /// The next message for the run loop: a finished job's outcome, else a running job's elapsed time
    /// when it has passed another whole second; nil when there is nothing new.
    func nextMessage() -> Message? {
        if let finished = mailbox.take() {
            if case .analysisFinished(let id, _) = finished {
                started[id] = nil
                reported[id] = nil
                startNextIfIdle()
            }
            return finished
        }
        for (id, start) in started {
            let seconds = Int((ContinuousClock.now - start).components.seconds)
            if seconds != reported[id] {
                reported[id] = seconds
                return .analysisProgress(jobID: id, elapsedSeconds: seconds)
            }
        }
        return nil
    }

    /// Outcomes posted by job threads, waiting for the run loop, and a pipe that says one came.
    /// `@unchecked Sendable`: the messages are only touched under the lock; the pipe's ends are fixed.
    private final class Mailbox: @unchecked Sendable {
        private let lock = NSLock()
        private var messages: [Message] = []
        let wakeReader: Int32
        private let wakeWriter: Int32

        init() {
            var ends: [Int32] = [-1, -1]
            if pipe(&ends) == 0 {
                for end in ends {
                    _ = fcntl(end, F_SETFL, fcntl(end, F_GETFL) | O_NONBLOCK)
                    _ = fcntl(end, F_SETFD, FD_CLOEXEC)
                }
            }
            wakeReader = ends[0]
            wakeWriter = ends[1]
        }

        deinit {
            close(wakeReader)
            close(wakeWriter)
        }

        func post(_ message: Message) {
            lock.withLock { messages.append(message) }
            var byte: UInt8 = 1
            _ = write(wakeWriter, &byte, 1)
        }

        func drain() {
            var bytes = [UInt8](repeating: 0, count: 64)
            while read(wakeReader, &bytes, bytes.count) > 0 {}
        }

        func take() -> Message? {
            lock.withLock { messages.isEmpty ? nil : messages.removeFirst() }
        }
    }
}
