/// The reader's one state transition: what `message` does to `state`, and the effects the run loop must
/// carry out. Pure.
///
/// Keys are looked up in the key map by mode (see `AppState.handling(_:)`). Any key clears the status
/// line's message and note. Whatever the message, the article shown is laid out at least as far as the
/// page shown and the line after it (see `ArticleLayout`).
public func update(_ state: AppState, _ message: Message) -> (AppState, [Effect]) {
    var (next, effects) = transition(state, message)
    next.layOutPage()
    return (next, effects)
}

/// What `message` does to `state`, before the page is made sure to be laid out.
private func transition(_ state: AppState, _ message: Message) -> (AppState, [Effect]) {
    var next = state
    switch message {
    case .continueLayout:
        next.continueLayout()
        return (next, [])
    case .resize(let width, let height):
        next.resize(width: width, height: height)
        return (next, [])
    case .analysisProgress(let jobID, let seconds):
        next.reportProgress(job: jobID, seconds: seconds)
        return (next, [])
    case .analysisFinished(let jobID, let outcome):
        return next.finishing(job: jobID, with: outcome)
    case .key(let key):
        return state.handling(key)
    case .mouse(let event):
        next.errorMessage = nil
        next.note = nil
        next.handleMouse(event)
        return (next, [])
    }
}
