extension Theme {
    /// A small theme compiled into the program, for when not even the bundled default can be loaded.
    ///
    /// It uses attributes only, so it works on any terminal, and keeps the entity kinds apart the way
    /// the monochrome theme does.
    public static let builtinFallback = Theme(
        name: "builtin",
        summary: "Attributes only, built into the program",
        styles: [
            "text": .plain,
            "ui.status": Style(attributes: .reverse),
            "ui.status.key": Style(attributes: [.reverse, .bold]),
            "ui.pane.focused": Style(attributes: .bold),
            "ui.pane.unfocused": Style(attributes: .dim),
            "ui.pane.title": Style(attributes: .bold),
            "ui.tabbar": Style(attributes: .reverse),
            "ui.tabbar.active": Style(attributes: [.bold, .underline]),
            "ui.help.key": Style(attributes: .bold),
            "ui.selection": Style(attributes: .reverse),
            "ui.gutter": Style(attributes: .dim),
            "ui.placeholder": Style(attributes: [.reverse, .dim]),
            "ui.message.error": Style(attributes: [.bold, .reverse]),
            "ui.heading": Style(attributes: [.bold, .underline]),
            "ui.byline": Style(attributes: .italic),
            "entity": Style(attributes: .bold),
            "entity.person": Style(attributes: .bold),
            "entity.organization": Style(attributes: .underline),
            "entity.place": Style(attributes: [.bold, .underline]),
            "entity.group": Style(attributes: [.bold, .italic]),
            "entity.date": Style(attributes: .italic),
            "entity.event": Style(attributes: [.underline, .italic]),
            "entity.work": Style(attributes: [.dim, .italic]),
            "entity.product": Style(attributes: [.dim, .underline]),
            "entity.selected": Style(attributes: [.reverse, .bold]),
            "quote": Style(attributes: .italic),
            "quote.current": Style(attributes: .reverse),
            "quote.speaker": Style(attributes: [.bold, .underline]),
            "relation.predicate": Style(attributes: .bold),
            "relation.claim": Style(attributes: .italic),
            "search.match": Style(attributes: .reverse),
            "search.current": Style(attributes: [.reverse, .bold, .underline]),
        ]
    )
}
