extension Range where Bound == Int {
    /// `lower..<upper`, or the empty range at `lower` when `upper` lies below it: a look-ahead window built
    /// from a position and a limit that may already be behind it (the end of a sentence, a quote's edge),
    /// which `lower..<upper` would trap on.
    init(window lower: Int, upTo upper: Int) {
        self = lower..<Swift.max(lower, upper)
    }
}
