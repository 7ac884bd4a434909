import BylineUI
import CNcursesw

/// Turns what `wget_wch` returns into Byline's keys: the one place where terminal input is decoded.
public enum KeyDecoder {
    /// What one read from the terminal means.
    public enum Event: Equatable {
        case key(Key)
        /// A mouse event (only when the terminal was asked for them).
        case mouse(MouseEvent)
        case resize
        case ignored
        /// No key came within the time asked for.
        case timeout
        /// The other descriptor waited on became readable before a key came.
        case woken
        /// The keyboard's terminal has gone: no key will ever come.
        case closed
    }

    /// Decodes a function-key code (`wget_wch` returned KEY_CODE_YES).
    static func decode(functionKey code: Int32) -> Event {
        switch code {
        case KEY_RESIZE: return .resize
        case KEY_UP: return .key(.up)
        case KEY_DOWN: return .key(.down)
        case KEY_LEFT: return .key(.left)
        case KEY_RIGHT: return .key(.right)
        case KEY_NPAGE: return .key(.pageDown)
        case KEY_PPAGE: return .key(.pageUp)
        case KEY_HOME: return .key(.home)
        case KEY_END, KEY_LL: return .key(.end)
        case KEY_ENTER: return .key(.enter)
        case KEY_BTAB: return .key(.backTab)
        case KEY_BACKSPACE: return .key(.backspace)
        default: return .ignored
        }
    }

    /// Decodes an ncurses mouse event: the wheel, or the first button pressed; others are ignored.
    static func decode(mouse event: MEVENT) -> Event {
        let kind: MouseEvent.Kind
        if byline_mouse_is_wheel_up(event.bstate) != 0 {
            kind = .wheelUp
        } else if byline_mouse_is_wheel_down(event.bstate) != 0 {
            kind = .wheelDown
        } else if byline_mouse_is_click(event.bstate) != 0 {
            kind = .click
        } else {
            return .ignored
        }
        return .mouse(MouseEvent(kind: kind, x: Int(event.x), y: Int(event.y)))
    }

    /// Decodes a character (`wget_wch` returned OK).
    static func decode(character value: UInt32) -> Event {
        switch value {
        case 10, 13: return .key(.enter)
        case 9: return .key(.tab)
        case 27: return .key(.escape)
        case 8, 127: return .key(.backspace)
        case 1...26:
            guard let scalar = Unicode.Scalar(value + 96) else { return .ignored }
            return .key(.control(Character(scalar)))
        default:
            guard let scalar = Unicode.Scalar(value) else { return .ignored }
            return .key(.character(Character(scalar)))
        }
    }
}
