import BylineUI
import CNcursesw
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Owns the ncurses screen: paints `Buffer`s by diffing against the previous frame (changed cells only,
/// with the wide-character calls), reads keys from the terminal, and restores the terminal on every way
/// out, signals and crashes included (see `terminal_restore.h` in CNcursesw).
///
/// The only type in Byline that draws on the terminal. Not thread-safe: use it from one thread.
public final class CursesTerminal {
    private let screen: OpaquePointer
    private let window: UnsafeMutablePointer<WINDOW>
    private let input: UnsafeMutablePointer<FILE>
    private let output: UnsafeMutablePointer<FILE>
    private var previous: Buffer?
    private var pairs: ColorPairs
    private var isOpen = true
    /// How many colours the terminal shows, after the environment has had its say.
    public let depth: ColorDepth

    /// Opens the terminal named by TERM: output to standard output, keys from /dev/tty (so standard input
    /// may carry the article, or be at its end), else from standard input if that is a terminal.
    ///
    /// With SWIFT_BACKTRACE set, a crash goes on to the Swift runtime's backtracer once the terminal is
    /// restored; otherwise the process just dies of the signal. With `mouse`, the terminal is asked for
    /// mouse events (the wheel and the first button), which takes its own text selection away (Shift
    /// usually gets it back).
    public init(environment: [String: String], mouse: Bool = false) throws(TerminalError) {
        Self.selectUTF8Locale()
        guard let term = environment["TERM"], !term.isEmpty else { throw .noTerminalType }
        switch byline_terminal_can_draw(term) {
        case -1: throw .unknownTerminalType(term)
        case 0: throw .cannotDraw(term)
        default: break
        }
        let inputFile = try Self.openKeyboard()
        guard let output = fdopen(dup(STDOUT_FILENO), "w") else {
            fclose(inputFile)
            throw .cannotOpen(term)
        }
        byline_prepare_restore(fileno(inputFile))
        guard let screen = newterm(term, output, inputFile) else {
            byline_disarm_restore()
            fclose(output)
            fclose(inputFile)
            throw .cannotOpen(term)
        }
        set_term(screen)
        guard let window = byline_stdscr() else {
            endwin()
            delscreen(screen)
            byline_disarm_restore()
            fclose(output)
            fclose(inputFile)
            throw .cannotOpen(term)
        }
        self.screen = screen
        self.window = window
        self.input = inputFile
        self.output = output
        let wantsBacktrace = !(environment["SWIFT_BACKTRACE"] ?? "").isEmpty
        byline_arm_restore(fileno(output), wantsBacktrace ? 1 : 0)
        cbreak()
        noecho()
        nonl()
        keypad(window, true)
        set_escdelay(25)
        curs_set(0)
        if mouse {
            mousemask(byline_mouse_events(), nil)
            mouseinterval(0)
        }
        var depth = ColorDepth.none
        if has_colors() {
            start_color()
            use_default_colors()
            depth = ColorDepth.detect(colors: Int(byline_colors()), hasDirectColor: tigetflag("RGB") > 0,
                                      environment: environment)
        }
        self.depth = depth
        self.pairs = ColorPairs(depth: depth, capacity: byline_color_pairs())
    }

    /// The terminal to read keys from: /dev/tty, else standard input if it is a terminal.
    private static func openKeyboard() throws(TerminalError) -> UnsafeMutablePointer<FILE> {
        if let tty = fopen("/dev/tty", "r") { return tty }
        let reason = "cannot open /dev/tty: " + String(cString: strerror(errno))
        if isatty(STDIN_FILENO) == 1, let keyboard = fdopen(dup(STDIN_FILENO), "r") { return keyboard }
        throw .noKeyboard(reason)
    }

    deinit { close() }

    /// The terminal's size in cells.
    public var size: (width: Int, height: Int) {
        (Int(byline_getmaxx(window)), Int(byline_getmaxy(window)))
    }

    /// Paints a frame: only the cells that differ from the last frame, or all of them with `force`.
    public func paint(_ buffer: Buffer, force: Bool = false) {
        let full = force || previous?.width != buffer.width || previous?.height != buffer.height
        if full {
            werase(window)
            if force { clearok(window, true) }
        }
        for y in 0..<buffer.height {
            guard let span = full ? 0..<buffer.width : changedSpan(row: y, in: buffer) else { continue }
            for x in span where !buffer[x, y].isContinuation {
                let isWide = x + 1 < buffer.width && buffer[x + 1, y].isContinuation
                draw(buffer[x, y], x: x, y: y, width: isWide ? 2 : 1)
            }
        }
        previous = buffer
        wrefresh(window)
    }

    /// Asks the terminal to put `text` on the clipboard with OSC 52 (`ESC ] 52 ; c ; base64 BEL`); terminals
    /// that do not support it ignore the sequence.
    public func copyToClipboard(_ text: String) {
        let sequence = "\u{1B}]52;c;" + Data(text.utf8).base64EncodedString() + "\u{07}"
        fputs(sequence, output)
        fflush(output)
    }

    /// Waits for the next key or resize, for at most `milliseconds` if given (`.timeout` then), or until
    /// `wakeDescriptor` is readable (`.woken`). `.closed` when the keyboard's terminal has gone (hung up),
    /// so the caller never spins on it.
    public func readEvent(timeout milliseconds: Int32? = nil, wakeDescriptor: Int32? = nil) -> KeyDecoder.Event {
        guard let wakeDescriptor else { return nextKey(timeout: milliseconds) }
        let held = nextKey(timeout: 0)
        guard held == .timeout else { return held }
        var descriptors = [pollfd(fd: fileno(input), events: Int16(POLLIN), revents: 0),
                           pollfd(fd: wakeDescriptor, events: Int16(POLLIN), revents: 0)]
        let ready = poll(&descriptors, 2, milliseconds ?? -1)
        if ready == 0 { return .timeout }
        if ready > 0, descriptors[1].revents != 0 { return .woken }
        // A key, or a resize that interrupted the wait, or nothing (another signal).
        return nextKey(timeout: 0)
    }

    /// What ncurses reads within `milliseconds` (for ever if nil).
    private func nextKey(timeout milliseconds: Int32?) -> KeyDecoder.Event {
        wtimeout(window, milliseconds ?? -1)
        var value: wint_t = 0
        switch wget_wch(window, &value) {
        case KEY_CODE_YES where Int32(value) == KEY_MOUSE:
            var event = MEVENT()
            return getmouse(&event) == OK ? KeyDecoder.decode(mouse: event) : .ignored
        case KEY_CODE_YES: return KeyDecoder.decode(functionKey: Int32(value))
        case OK: return KeyDecoder.decode(character: UInt32(value))
        default:
            if isKeyboardGone { return .closed }
            return milliseconds == nil ? .ignored : .timeout
        }
    }

    /// Whether the keyboard's terminal has hung up or closed.
    private var isKeyboardGone: Bool {
        var descriptor = pollfd(fd: fileno(input), events: Int16(POLLIN), revents: 0)
        guard poll(&descriptor, 1, 0) == 1 else { return false }
        return descriptor.revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0
    }

    /// Restores the terminal (leaves the alternate screen, shows the cursor, puts back the terminal's
    /// modes, the signal handlers and standard error, replaying what was written to it). Safe to call twice.
    public func close() {
        guard isOpen else { return }
        isOpen = false
        endwin()
        byline_disarm_restore()
        delscreen(screen)
        fclose(input)
        fclose(output)
    }

    /// The columns of row `y` that changed since the last frame, widened by one cell on each side so a
    /// wide character that lost or gained its right half is repainted whole.
    private func changedSpan(row y: Int, in buffer: Buffer) -> Range<Int>? {
        guard let previous else { return 0..<buffer.width }
        var first: Int?
        var last = 0
        for x in 0..<buffer.width where buffer[x, y] != previous[x, y] {
            if first == nil { first = x }
            last = x
        }
        guard let first else { return nil }
        return max(0, first - 1)..<min(buffer.width, last + 2)
    }

    /// Draws `cell`, `width` columns wide in the buffer. If the C library (which ncurses and most
    /// terminals go by) gives its grapheme another width, or it is not one spacing character and zero
    /// width ones, a replacement character (and a space) fills the same columns instead, so the frame
    /// never shifts.
    private func draw(_ cell: Cell, x: Int, y: Int, width: Int) {
        guard Self.terminalWidth(of: cell.grapheme) == width else {
            put([0xFFFD], style: cell.style, x: x, y: y)
            if width == 2 { put([0x20], style: cell.style, x: x + 1, y: y) }
            return
        }
        let scalars = cell.grapheme.unicodeScalars.prefix(Int(CCHARW_MAX)).map(\.value)
        put(scalars.isEmpty ? [0x20] : Array(scalars), style: cell.style, x: x, y: y)
    }

    /// Puts one character cell: a spacing character and zero-width ones after it.
    private func put(_ scalars: [UInt32], style: Style, x: Int, y: Int) {
        var characters = scalars.map { wchar_t(bitPattern: $0) } + [0]
        var pair = pairs.pair(for: style)
        var glyph = cchar_t()
        setcchar(&glyph, &characters, attributes(style.attributes), 0, &pair)
        mvwadd_wch(window, Int32(y), Int32(x), &glyph)
    }

    /// The columns the C library gives `grapheme`: its first scalar's width, provided every other scalar
    /// is zero width; nil when it is not one cell as the C library sees it.
    private static func terminalWidth(of grapheme: String) -> Int? {
        var scalars = grapheme.unicodeScalars.makeIterator()
        guard let first = scalars.next() else { return 1 }
        if first.value < 0x7F, first.value >= 0x20, grapheme.utf8.count == 1 { return 1 }
        let width = Int(byline_wcwidth(first.value))
        guard width > 0 else { return nil }
        while let next = scalars.next() {
            guard byline_wcwidth(next.value) == 0 else { return nil }
        }
        return width
    }

    private func attributes(_ attributes: Attributes) -> attr_t {
        var result = byline_attr_normal()
        if attributes.contains(.bold) { result |= byline_attr_bold() }
        if attributes.contains(.underline) { result |= byline_attr_underline() }
        if attributes.contains(.reverse) { result |= byline_attr_reverse() }
        if attributes.contains(.dim) { result |= byline_attr_dim() }
        if attributes.contains(.italic) { result |= byline_attr_italic() }
        return result
    }

    /// Wide output needs a UTF-8 locale: take the user's, and fall back to C.UTF-8 when theirs is not UTF-8.
    private static func selectUTF8Locale() {
        setlocale(LC_ALL, "")
        if let codeset = nl_langinfo(nl_item(CODESET)), String(cString: codeset) == "UTF-8" { return }
        setlocale(LC_CTYPE, "C.UTF-8")
    }
}
