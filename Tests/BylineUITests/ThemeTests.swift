import BylineUI
import Testing

@Suite struct ThemeTests {
    private let theme = Theme(name: "test", styles: [
        "text": Style(foreground: .indexed(7)),
        "entity": Style(attributes: .bold),
        "entity.person": Style(foreground: .indexed(3)),
        "ui.status": Style(attributes: .reverse),
    ])

    @Test func anExactScopeWins() {
        #expect(theme.style(for: "entity.person") == Style(foreground: .indexed(3)))
    }

    @Test func scopesFallBackAlongTheirDots() {
        #expect(theme.style(for: "entity.person.selected") == Style(foreground: .indexed(3)))
        #expect(theme.style(for: "entity.place") == Style(attributes: .bold))
        #expect(theme.style(for: "ui.status.key") == Style(attributes: .reverse))
    }

    @Test func unknownScopesFallBackToText() {
        #expect(theme.style(for: "quote.speaker") == Style(foreground: .indexed(7)))
        #expect(theme.style(for: "ui") == Style(foreground: .indexed(7)))
        #expect(theme.style(for: "") == Style(foreground: .indexed(7)))
    }

    @Test func withoutTextEverythingFallsBackToPlain() {
        let bare = Theme(name: "bare", styles: ["entity": Style(attributes: .bold)])
        #expect(bare.style(for: "quote") == .plain)
        #expect(bare.style(for: "text") == .plain)
        #expect(bare.style(for: "entity.date") == Style(attributes: .bold))
    }

    @Test func theBuiltinFallbackUsesAttributesOnlyAndKeepsEntityKindsApart() {
        let fallback = Theme.builtinFallback
        #expect(fallback.styles.values.allSatisfy { $0.foreground == nil && $0.background == nil })
        let kinds = ["person", "organization", "place", "group", "date"].map { fallback.style(for: "entity.\($0)") }
        #expect(Set(kinds).count == kinds.count)
        #expect(!kinds.contains(fallback.style(for: "text")))
        #expect(fallback.style(for: "ui.selection").attributes.contains(.reverse))
    }
}
