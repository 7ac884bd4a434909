import Testing
@testable import BylineUI

@Suite struct UpdateTests {
    /// A long article on a 40x12 terminal: under the tab bar, 10 article rows a page.
    private let start = AppState(analysis: TestArticles.numbered(60), width: 40, height: 12)

    private func press(_ keys: [Key], from state: AppState) -> AppState {
        keys.reduce(state) { update($0, .key($1)).0 }
    }

    private func press(_ text: String, from state: AppState) -> AppState {
        press(text.map(Key.character), from: state)
    }

    @Test func startsAtTheTop() {
        #expect(start.top == 0)
        #expect(start.pageHeight == 10)
        #expect(start.layout.width == 38)
        #expect(start.maxTop == start.layout.lines.count - 10)
        #expect(!start.isHelpShown)
    }

    @Test func movesByLines() {
        #expect(press("j", from: start).top == 1)
        #expect(press([.down, .enter, .down], from: start).top == 3)
        #expect(press("jjjk", from: start).top == 2)
        #expect(press([.down, .up], from: start).top == 0)
        #expect(press("k", from: start).top == 0)
    }

    @Test func movesByPages() {
        #expect(press(" ", from: start).top == 10)
        #expect(press("f", from: start).top == 10)
        #expect(press([.pageDown, .pageDown], from: start).top == 20)
        #expect(press("  b", from: start).top == 10)
        #expect(press([.pageDown, .pageUp], from: start).top == 0)
    }

    @Test func movesByHalfPages() {
        #expect(press("d", from: start).top == 5)
        #expect(press("ddu", from: start).top == 5)
        #expect(press("u", from: start).top == 0)
    }

    @Test func goesToTheEnds() {
        let bottom = press("G", from: start)
        #expect(bottom.top == start.maxTop)
        #expect(press([.end], from: start).top == start.maxTop)
        #expect(press("g", from: bottom).top == 0)
        #expect(press([.home], from: bottom).top == 0)
    }

    @Test func neverScrollsPastTheEnd() {
        let bottom = press("G", from: start)
        #expect(press("j", from: bottom).top == start.maxTop)
        #expect(press(" ", from: bottom).top == start.maxTop)
        #expect(press("d", from: bottom).top == start.maxTop)
        let manyDown = press(String(repeating: "j", count: 1_000), from: start)
        #expect(manyDown.top == start.maxTop)
        #expect(manyDown.layout.lines.count - manyDown.top == manyDown.pageHeight)
    }

    @Test func shortArticleDoesNotScroll() {
        let short = AppState(analysis: TestArticles.analysis(["One line."]), width: 40, height: 12)
        #expect(short.maxTop == 0)
        #expect(press("jG ", from: short).top == 0)
    }

    @Test func helpOpensScrollsAndOtherKeysCloseIt() {
        let help = press("h", from: start)
        #expect(help.isHelpShown)
        let scrolled = press("j", from: help)
        #expect(scrolled.isHelpShown, "j scrolls the help")
        #expect(scrolled.helpTop == 1)
        #expect(press("jk", from: help).helpTop == 0)
        #expect(press("G", from: help).helpTop == help.maxHelpTop)
        #expect(help.maxHelpTop > 0, "the help is longer than a 40x12 screen")
        #expect(press("Gj", from: help).helpTop == help.maxHelpTop, "it stops at the end")
        #expect(press(" ", from: help).helpTop == help.helpPageHeight - 1)
        let closed = press("x", from: scrolled)
        #expect(!closed.isHelpShown)
        #expect(closed.top == 0, "the key that closes it does nothing else")
        #expect(!press([.escape], from: help).isHelpShown)
        let (afterQ, effects) = update(help, .key(.character("q")))
        #expect(!afterQ.isHelpShown)
        #expect(effects.isEmpty)
        #expect(press("hGqh", from: start).helpTop == 0, "h reopens it at the top")
    }

    @Test func quitAndRedrawAreEffects() {
        #expect(update(start, .key(.character("q"))).1 == [.quit])
        #expect(update(start, .key(.control("l"))).1 == [.redraw])
        #expect(update(start, .key(.character("j"))).1.isEmpty)
    }

    @Test func unboundKeysChangeNothing() {
        let (next, effects) = update(press("jj", from: start), .key(.character("z")))
        #expect(next.top == 2)
        #expect(effects.isEmpty)
    }

    @Test func resizeKeepsTheTopLineTextInView() {
        let scrolled = press(String(repeating: "j", count: 37), from: start)
        let anchor = scrolled.layout.lines[scrolled.top].start
        for (width, height) in [(80, 24), (25, 8), (120, 50), (40, 12), (19, 4), (200, 10)] {
            let (resized, effects) = update(scrolled, .resize(width: width, height: height))
            #expect(effects.isEmpty)
            let holder = resized.layout.lineIndex(containing: anchor)
            #expect(resized.top <= holder, "at \(width)x\(height)")
            #expect(holder < resized.top + resized.pageHeight, "at \(width)x\(height)")
            #expect(resized.top <= resized.maxTop)
        }
    }

    @Test func resizingBackAndForthReturnsToTheSameLine() {
        let scrolled = press(String(repeating: "j", count: 23), from: start)
        let there = update(update(scrolled, .resize(width: 90, height: 30)).0, .resize(width: 40, height: 12)).0
        #expect(there.top == scrolled.top)
        #expect(there.layout.width == scrolled.layout.width)
    }

    @Test func resizeRewrapsToTheNewWidth() {
        let (wide, _) = update(start, .resize(width: 100, height: 30))
        #expect(wide.width == 100)
        #expect(wide.height == 30)
        #expect(wide.geometry.arrangement == .columns)
        #expect(wide.layout.width == 56, "60% of 100 columns, less the frame and the margins")
        #expect(wide.pageHeight == 27, "30 rows less the status line and the frame")
        #expect(wide.layout.lines.count < start.layout.lines.count)
    }

    @Test func keymapDrivesKeysHelpAndHints() {
        let keymap = Keymap.reader
        #expect(keymap.action(for: .character("j")) == .move(.lineDown))
        #expect(keymap.action(for: .enter) == .move(.lineDown))
        #expect(keymap.action(for: .enter, in: .quotes) == .open)
        #expect(keymap.action(for: .pageDown) == .move(.pageDown))
        #expect(keymap.action(for: .character("G")) == .move(.last))
        #expect(keymap.action(for: .control("l")) == .redraw)
        #expect(keymap.action(for: .character("x")) == nil)
        #expect(keymap.hints.map(\.key) == ["Space", "/", "Tab", "h", "q"])
        let listed = keymap.groups.flatMap(\.bindings)
        #expect(listed.count == keymap.bindings.count, "every binding is in a help group")
        for binding in keymap.bindings {
            for sequence in binding.sequences {
                let found = keymap.lookup(sequence, mode: binding.mode, in: binding.pane ?? .article)
                let expected: Keymap.Lookup = binding.takesArgument ? .argument(binding.action) : .action(binding.action)
                #expect(found == expected || found == .prefix(binding.action), "\(sequence) in \(binding.pane as Any)")
            }
        }
    }
}
