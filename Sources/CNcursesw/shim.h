#ifndef BYLINE_CNCURSESW_SHIM_H
#define BYLINE_CNCURSESW_SHIM_H

/* Wide-character ncurses: these must be defined before curses.h, and SwiftPM cannot pass them as flags. */
#define NCURSES_WIDECHAR 1
#define _XOPEN_SOURCE_EXTENDED 1

#include <locale.h>
#include <wchar.h>
#include <signal.h>
#include <unistd.h>
#include <stdio.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <ncursesw/curses.h>
#include <ncursesw/term.h>

/* Swift does not import the A_* macros: expose them as functions. */
static inline attr_t byline_attr_bold(void) { return A_BOLD; }
static inline attr_t byline_attr_underline(void) { return A_UNDERLINE; }
static inline attr_t byline_attr_reverse(void) { return A_REVERSE; }
static inline attr_t byline_attr_dim(void) { return A_DIM; }
static inline attr_t byline_attr_italic(void) { return A_ITALIC; }
static inline attr_t byline_attr_normal(void) { return A_NORMAL; }

/* Swift 6 rejects the global stdscr as not concurrency-safe: read it through a function. */
static inline WINDOW *byline_stdscr(void) { return stdscr; }

/* COLORS and COLOR_PAIRS are mutable globals that Swift 6 will not read directly. */
static inline int byline_colors(void) { return COLORS; }
static inline int byline_color_pairs(void) { return COLOR_PAIRS; }

static inline int byline_getmaxy(WINDOW *w) { return getmaxy(w); }

/* Mouse events: Swift does not import the BUTTON* macros (they are built by a function-like macro). */
static inline mmask_t byline_mouse_events(void) {
    return BUTTON1_PRESSED | BUTTON1_RELEASED | BUTTON1_CLICKED | BUTTON4_PRESSED | BUTTON5_PRESSED;
}
static inline int byline_mouse_is_wheel_up(mmask_t state) { return (state & BUTTON4_PRESSED) != 0; }
static inline int byline_mouse_is_wheel_down(mmask_t state) { return (state & BUTTON5_PRESSED) != 0; }
static inline int byline_mouse_is_click(mmask_t state) {
    return (state & (BUTTON1_PRESSED | BUTTON1_CLICKED)) != 0;
}
static inline int byline_getmaxx(WINDOW *w) { return getmaxx(w); }

/* The columns the C library gives a character (-1 for one it does not know), as ncurses counts them.
   glibc declares wcwidth only for _XOPEN_SOURCE, which SwiftPM will not let us define. */
int wcwidth(wchar_t character);
static inline int byline_wcwidth(unsigned int character) { return wcwidth((wchar_t)character); }

/* What terminfo says about terminal type `name`: 1 when the cursor can be moved anywhere (the reader can
   draw), 0 when it cannot (TERM=dumb and its like), -1 when terminfo has no entry for it. Sets up no
   terminal for good and prints nothing. */
static inline int byline_terminal_can_draw(const char *name) {
    int error = 0;
    if (setupterm(name, STDOUT_FILENO, &error) != OK) return -1;
    char *move_cursor = tigetstr("cup");
    int result = move_cursor != NULL && move_cursor != (char *)-1;
    del_curterm(cur_term);
    return result;
}

/* Lowers the calling thread's scheduling priority (nice 10; on Linux, for that thread alone), so work in
   the background leaves the processor to the thread that answers keys. */
static inline void byline_lower_thread_priority(void) {
#ifdef __linux__
    setpriority(PRIO_PROCESS, (id_t)syscall(SYS_gettid), 10);
#endif
}

#include "terminal_restore.h"

#endif
