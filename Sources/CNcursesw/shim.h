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
static inline int byline_getmaxx(WINDOW *w) { return getmaxx(w); }

/* The signals that end Byline restore the terminal first. The handler only calls endwin and _exit:
   it never returns into Swift. */
static void byline_restore_and_exit(int sig) {
    endwin();
    _exit(128 + sig);
}

static inline void byline_install_exit_handlers(void) {
    struct sigaction action;
    action.sa_handler = byline_restore_and_exit;
    sigemptyset(&action.sa_mask);
    action.sa_flags = 0;
    sigaction(SIGINT, &action, NULL);
    sigaction(SIGTERM, &action, NULL);
    sigaction(SIGHUP, &action, NULL);
    sigaction(SIGQUIT, &action, NULL);
    /* A parent may have started us with these blocked; the reader depends on them. */
    sigset_t needed;
    sigemptyset(&needed);
    sigaddset(&needed, SIGINT);
    sigaddset(&needed, SIGTERM);
    sigaddset(&needed, SIGHUP);
    sigaddset(&needed, SIGQUIT);
    sigaddset(&needed, SIGWINCH);
    sigaddset(&needed, SIGTSTP);
    sigaddset(&needed, SIGCONT);
    sigprocmask(SIG_UNBLOCK, &needed, NULL);
}

#endif
