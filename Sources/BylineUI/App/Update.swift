/// The reader's one state transition: what `message` does to `state`, and the effects the run loop must
/// carry out. Pure.
///
/// While help is open, any key only closes it. Any key clears the status line's message.
public func update(_ state: AppState, _ message: Message) -> (AppState, [Effect]) {
    var next = state
    switch message {
    case .resize(let width, let height):
        next.resize(width: width, height: height)
        return (next, [])
    case .analysisProgress(let jobID, let seconds):
        if next.pendingAnalysis?.jobID == jobID {
            next.pendingAnalysis?.elapsedSeconds = seconds
        }
        return (next, [])
    case .analysisFinished(let jobID, let outcome):
        return (next.finishing(job: jobID, with: outcome), [])
    case .key(let key):
        next.errorMessage = nil
        if next.isHelpShown {
            next.isHelpShown = false
            return (next, [])
        }
        guard let action = next.keymap.action(for: key, in: next.focus) else { return (next, []) }
        return next.performing(action)
    }
}
