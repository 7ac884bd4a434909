import Dispatch
import Synchronization

/// Work on many items on several threads whose results are used in the items' order.
///
/// The items are done a window at a time: up to `jobs` threads take the window's items one by one (a
/// thread that finishes early takes the next, so one long file doesn't idle the others), and when the
/// window is done its results are handed to `emit` in order. At most one window of results is held at
/// once, so memory stays bounded for any number of items.
enum OrderedParallelWork {
    /// Calls `work` for each index in `0..<count` on up to `jobs` threads and `emit` with each result
    /// in index order, on the calling thread.
    static func run<Result: Sendable>(count: Int, jobs: Int,
                                      work: @escaping @Sendable (Int) -> Result,
                                      emit: (Int, Result) throws -> Void) rethrows {
        let threads = max(1, jobs)
        guard threads > 1, count > 1 else {
            for index in 0..<count { try emit(index, work(index)) }
            return
        }
        let window = threads * 8
        var start = 0
        while start < count {
            let end = min(count, start + window)
            let results = doWindow(start..<end, threads: threads, work: work)
            for (offset, result) in results.enumerated() { try emit(start + offset, result) }
            start = end
        }
    }

    /// The results of `work` over `range`, in order, computed on up to `threads` threads.
    private static func doWindow<Result: Sendable>(_ range: Range<Int>, threads: Int,
                                                   work: @escaping @Sendable (Int) -> Result) -> [Result] {
        let shared = Mutex(WindowState<Result>(next: range.lowerBound, results: Array(repeating: nil, count: range.count)))
        DispatchQueue.concurrentPerform(iterations: min(threads, range.count)) { _ in
            while true {
                let index: Int? = shared.withLock { state in
                    guard state.next < range.upperBound else { return nil }
                    defer { state.next += 1 }
                    return state.next
                }
                guard let index else { return }
                let result = work(index)
                shared.withLock { $0.results[index - range.lowerBound] = result }
            }
        }
        return shared.withLock { state in state.results.map { $0! } }
    }

    /// What the threads of one window share: the next index to take and the results so far.
    private struct WindowState<Result: Sendable>: Sendable {
        var next: Int
        var results: [Result?]
    }
}
