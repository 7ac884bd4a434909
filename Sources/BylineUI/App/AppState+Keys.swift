extension AppState {
    /// The state after `key`, looked up in the table of the mode in force: typed into the prompt, scrolling
    /// or closing the help, naming a command after `:`, or read as a count, a sequence or a binding.
    func handling(_ key: Key) -> (AppState, [Effect]) {
        var next = self
        next.errorMessage = nil
        next.note = nil
        switch mode {
        case .help:
            next.mode = .normal
            if case .action(let action) = keymap.lookup([key], mode: .help, in: focus), action != .close {
                next.mode = .help
                next.scrollHelp(action)
            }
            return (next, [])
        case .prompt:
            return next.typing(key)
        case .articles:
            return next.choosingArticle(key)
        case .command:
            next.mode = .normal
            guard case .action(let action) = keymap.lookup([key], mode: .command, in: focus) else { return (next, []) }
            return next.performing(action, count: next.pending?.count)
        case .normal:
            return next.reading(key)
        }
    }

    /// A key in normal mode. A digit starts or extends a count (`5j`, `50%`), except that `1`–`4` on
    /// their own are pane keys: they act at once, and only a `0` or `5`–`9` right after one makes the two
    /// a number, undoing the switch (`30g`, `25%`); `2` then `4` stays two switches. A key that starts
    /// longer sequences waits for the next, acting at once if bound on its own too; should the longer
    /// sequence follow, what its first key did is undone.
    private func reading(_ key: Key) -> (AppState, [Effect]) {
        var state = self
        let pending = state.pending ?? PendingKeys()
        state.pending = nil
        if key == .escape, self.pending != nil { return (state, []) }
        if let waiting = pending.argumentFor {
            guard case .character(let character) = key else { return (state, []) }
            return state.performing(waiting.with(argument: character), count: pending.count)
        }
        if pending.keys.isEmpty, case .character(let character) = key, character.isASCII,
           let digit = character.wholeNumberValue {
            let bound = keymap.action(for: key, in: focus)
            if let count = pending.count, !pending.isPaneKey || bound == nil || digit == 0 {
                var base = pending.isPaneKey ? pending.base(or: state) : state
                base.pending = PendingKeys(count: min(count * 10 + digit, PendingKeys.maximumCount))
                return (base, [])
            }
            if let bound {
                var (after, effects) = state.performing(bound, count: nil)
                after.pending = PendingKeys(count: digit, before: [state], isPaneKey: true)
                return (after, effects)
            }
            state.pending = PendingKeys(count: digit)
            return (state, [])
        }
        let count = pending.isPaneKey ? nil : pending.count
        let sequence = pending.keys + [key]
        let base = pending.keys.isEmpty ? state : pending.base(or: state)
        switch keymap.lookup(sequence, mode: .normal, in: focus) {
        case .action(let action) where [.nextArticle, .previousArticle].contains(action) && articles.count < 2
            && !pending.keys.isEmpty:
            // With one article, `]]` and `[[` are two quote jumps.
            return state.reading(key)
        case .action(let action):
            return base.performing(action, count: count)
        case .prefix(let action?):
            var (after, effects) = base.performing(action, count: count)
            after.pending = PendingKeys(keys: sequence, count: count, before: [base])
            return (after, effects)
        case .prefix(nil):
            state.pending = PendingKeys(keys: sequence, count: count)
            return (state, [])
        case .argument(let action):
            state.pending = PendingKeys(keys: sequence, count: count, argumentFor: action)
            return (state, [])
        case .unbound:
            // A sequence broken off: the key counts on its own.
            return pending.keys.isEmpty ? (state, []) : state.reading(key)
        }
    }

    /// A key while the prompt is open: an editing key, else a printable character typed in.
    private func typing(_ key: Key) -> (AppState, [Effect]) {
        var state = self
        guard var prompt = state.prompt else {
            state.mode = .normal
            return (state, [])
        }
        if case .action(let action) = keymap.lookup([key], mode: .prompt, in: focus) {
            return state.editPrompt(action)
        }
        if case .character(let character) = key {
            prompt.text.append(character)
            prompt.historyIndex = nil
            state.prompt = prompt
        }
        return (state, [])
    }
}

extension PendingKeys {
    /// The reader as it was before the pending keys acted on their own (with nothing pending and no
    /// message), or `state` if they did not act.
    func base(or state: AppState) -> AppState {
        guard var before = before.first else { return state }
        before.pending = nil
        before.errorMessage = nil
        before.note = nil
        return before
    }
}
