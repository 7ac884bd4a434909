@testable import BylineUI

/// A theme that gives every scope the reader uses a style of its own, so snapshots can name the scope
/// of each cell, and the highlight layers patched over them ("entity.person+entity.selected").
enum SnapshotTheme {
    static let scopes: [String: Style] = [
        "text": .plain,
        "ui.status": Style(foreground: .indexed(15), background: .indexed(4)),
        "ui.status.key": Style(foreground: .indexed(11), background: .indexed(4), attributes: .bold),
        "ui.help": Style(foreground: .indexed(15), background: .indexed(8)),
        "ui.help.key": Style(foreground: .indexed(11), background: .indexed(8), attributes: .bold),
        "ui.placeholder": Style(foreground: .indexed(1), attributes: .reverse),
        "ui.message.error": Style(foreground: .indexed(1), attributes: .bold),
        "ui.pane.focused": Style(foreground: .indexed(12), attributes: .bold),
        "ui.pane.unfocused": Style(foreground: .indexed(7), attributes: .dim),
        "ui.pane.title": Style(foreground: .indexed(12), attributes: .underline),
        "ui.tabbar": Style(foreground: .indexed(7), background: .indexed(0)),
        "ui.tabbar.active": Style(foreground: .indexed(15), background: .indexed(12), attributes: .bold),
        "ui.selection": Style(background: .indexed(6)),
        "ui.gutter": Style(foreground: .indexed(8)),
        "entity.person": Style(foreground: .indexed(3)),
        "entity.organization": Style(foreground: .indexed(2)),
        "entity.place": Style(foreground: .indexed(10)),
        "entity.group": Style(foreground: .indexed(5)),
        "entity.date": Style(foreground: .indexed(14)),
        "entity.event": Style(foreground: .indexed(9)),
        "entity.work": Style(foreground: .indexed(13)),
        "entity.product": Style(foreground: .indexed(11)),
        "entity.other": Style(foreground: .indexed(16)),
        "entity.selected": Style(background: .indexed(5), attributes: .underline),
        "entity.current": Style(background: .indexed(3), attributes: .italic),
        "quote": Style(background: .indexed(17)),
        "quote.current": Style(background: .indexed(18), attributes: .bold),
        "quote.speaker": Style(foreground: .indexed(130), attributes: .bold),
        "relation": Style(foreground: .indexed(6)),
        "relation.predicate": Style(foreground: .indexed(4), attributes: .bold),
        "relation.claim": Style(foreground: .indexed(8), attributes: .italic),
        "search.match": Style(background: .indexed(22), attributes: .underline),
        "search.current": Style(foreground: .indexed(0), background: .indexed(11), attributes: .bold),
    ]

    static let theme = Theme(name: "snapshot", styles: scopes)

    /// The layers patched over a base scope, in the order the panes lay them.
    static let overlays = ["quote", "quote.current", "search.match", "search.current", "entity.selected", "ui.selection", "entity.current"]

    /// The scope a style was made from, or the base scope and the overlays that make it
    /// ("entity.person+entity.selected"), or a description of a style no such layering gives.
    static func name(of style: Style) -> String {
        let names = scopes.keys.sorted()
        if let single = names.first(where: { scopes[$0] == style }) {
            return single
        }
        let layerings = (1..<(1 << overlays.count)).map { mask in
            overlays.indices.filter { mask & (1 << $0) != 0 }.map { overlays[$0] }
        }.sorted { $0.count < $1.count }
        for layers in layerings {
            for base in names where !overlays.contains(base) {
                guard let baseStyle = scopes[base] else { continue }
                let made = layers.reduce(baseStyle) { $0.patched(with: scopes[$1] ?? .plain) }
                if made == style {
                    return ([base] + layers).joined(separator: "+")
                }
            }
        }
        return "\(style)"
    }
}
