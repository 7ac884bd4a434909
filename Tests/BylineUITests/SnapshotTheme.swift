@testable import BylineUI

/// A theme that gives every scope the reader uses a style of its own, so snapshots can name the scope
/// of each cell.
enum SnapshotTheme {
    static let scopes: [String: Style] = [
        "text": .plain,
        "ui.status": Style(foreground: .indexed(15), background: .indexed(4)),
        "ui.status.key": Style(foreground: .indexed(11), background: .indexed(4), attributes: .bold),
        "ui.help": Style(foreground: .indexed(15), background: .indexed(8)),
        "ui.help.key": Style(foreground: .indexed(11), background: .indexed(8), attributes: .bold),
        "ui.placeholder": Style(foreground: .indexed(1), attributes: .reverse),
        "ui.message.error": Style(foreground: .indexed(1), attributes: .bold),
    ]

    static let theme = Theme(name: "snapshot", styles: scopes)

    /// The scope a style was made from, or a description of a style no scope has.
    static func name(of style: Style) -> String {
        scopes.first { $0.value == style }?.key ?? "\(style)"
    }
}
