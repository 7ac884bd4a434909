#ifndef BYLINE_CNCURSESW_TERMINAL_RESTORE_H
#define BYLINE_CNCURSESW_TERMINAL_RESTORE_H

#include "shim.h"

/* Putting the terminal back from a signal handler.

   While the reader is open, a signal that ends Byline first restores the terminal, using
   async-signal-safe calls only: it writes reset sequences worked out when the reader opened (cancel any
   half-written sequence, leave the alternate screen, keypad off, cursor shown, attributes off),
   restores the terminal modes saved before ncurses changed them, points standard error back at the
   terminal and replays what was written to it meanwhile (the Swift runtime's "Fatal error: ..." line
   among it), and only then lets the signal take its course.

   - Fatal signals (SIGILL, SIGTRAP, SIGSEGV, SIGBUS, SIGABRT, SIGFPE, SIGSYS) take their default action,
     so the process dies of the signal it got. The Swift runtime's backtracer, which would draw over the
     screen and wait 30 s for a key, is skipped, unless the user set SWIFT_BACKTRACE: then the signal
     goes on to the runtime's handler once the terminal is back to normal.
   - Signals whose default action ends the process (SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGUSR1, SIGUSR2,
     SIGALRM, SIGVTALRM, SIGPROF, SIGXCPU, SIGXFSZ) are raised again with their default action.
   - SIGCONT (after Ctrl-Z and fg) sends the process a SIGWINCH, so ncurses looks at the terminal's size
     again: it may have changed while the reader was stopped.

   The state lives in static variables because a signal handler has nowhere else to find it; only
   BylineTerminal includes this header, and it opens one terminal at a time. */

#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

#define BYLINE_COUNT(array) (sizeof(array) / sizeof((array)[0]))

static const int byline_fatal_signals[] = { SIGILL, SIGTRAP, SIGSEGV, SIGBUS, SIGABRT, SIGFPE, SIGSYS };
static const int byline_ending_signals[] = {
    SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGUSR1, SIGUSR2, SIGALRM, SIGVTALRM, SIGPROF, SIGXCPU, SIGXFSZ
};

struct byline_restore_state {
    char reset_sequence[512];
    size_t reset_length;
    int reset_output;
    int modes_descriptor;
    struct termios saved_modes;
    int has_saved_modes;
    int real_stderr;
    int stderr_capture;
    int chain_fatal;
    volatile sig_atomic_t armed;
    volatile sig_atomic_t restored;
    struct sigaction previous_fatal[BYLINE_COUNT(byline_fatal_signals)];
    struct sigaction previous_ending[BYLINE_COUNT(byline_ending_signals)];
    struct sigaction previous_continue;
};

/* The one restore state. A function-local static, because Swift does not emit a header's static
   variables; each object file that calls these functions gets its own copy, so only one Swift file
   (BylineTerminal/CursesTerminal.swift) calls the functions that use it. */
static inline struct byline_restore_state *byline_restore(void) {
    static struct byline_restore_state state = { .reset_output = -1, .modes_descriptor = -1,
                                                 .real_stderr = -1, .stderr_capture = -1 };
    return &state;
}

/* write(2) until all is written or it fails. */
static inline void byline_write_all(int fd, const char *bytes, size_t length) {
    while (length > 0) {
        ssize_t written = write(fd, bytes, length);
        if (written < 0 && errno == EINTR) continue;
        if (written <= 0) return;
        bytes += written;
        length -= (size_t)written;
    }
}

/* Appends a terminfo string capability to the reset sequence, if the terminal has it and it fits. */
static inline void byline_append_capability(const char *name) {
    struct byline_restore_state *state = byline_restore();
    char *value = tigetstr(name);
    if (value == NULL || value == (char *)-1) return;
    size_t length = strlen(value);
    if (state->reset_length + length > sizeof(state->reset_sequence)) return;
    memcpy(state->reset_sequence + state->reset_length, value, length);
    state->reset_length += length;
}

/* Points standard error back at the terminal and copies there what was captured. Async-signal-safe. */
static inline void byline_release_stderr(void) {
    struct byline_restore_state *state = byline_restore();
    if (state->stderr_capture < 0) return;
    dup2(state->real_stderr, STDERR_FILENO);
    char chunk[4096];
    if (lseek(state->stderr_capture, 0, SEEK_SET) == 0) {
        ssize_t count;
        while ((count = read(state->stderr_capture, chunk, sizeof(chunk))) > 0 || (count < 0 && errno == EINTR)) {
            if (count > 0) byline_write_all(STDERR_FILENO, chunk, (size_t)count);
        }
    }
    close(state->stderr_capture);
    close(state->real_stderr);
    state->stderr_capture = -1;
    state->real_stderr = -1;
}

/* The restore itself; does something only once per arming. Async-signal-safe. */
static inline void byline_restore_terminal_now(void) {
    struct byline_restore_state *state = byline_restore();
    if (!state->armed || state->restored) return;
    state->restored = 1;
    byline_write_all(state->reset_output, state->reset_sequence, state->reset_length);
    if (state->has_saved_modes) tcsetattr(state->modes_descriptor, TCSANOW, &state->saved_modes);
    byline_release_stderr();
}

static inline const char *byline_signal_name(int signal) {
    switch (signal) {
    case SIGILL: return "SIGILL";
    case SIGTRAP: return "SIGTRAP";
    case SIGSEGV: return "SIGSEGV";
    case SIGBUS: return "SIGBUS";
    case SIGABRT: return "SIGABRT";
    case SIGFPE: return "SIGFPE";
    case SIGSYS: return "SIGSYS";
    default: return "a fatal signal";
    }
}

static void byline_on_fatal_signal(int signal, siginfo_t *info, void *context) {
    struct byline_restore_state *state = byline_restore();
    (void)context;
    int saved_errno = errno;
    byline_restore_terminal_now();
    struct sigaction next;
    memset(&next, 0, sizeof(next));
    next.sa_handler = SIG_DFL;
    int chained = 0;
    for (size_t i = 0; i < BYLINE_COUNT(byline_fatal_signals); i++) {
        if (byline_fatal_signals[i] != signal || !state->chain_fatal) continue;
        struct sigaction previous = state->previous_fatal[i];
        int isHandler = (previous.sa_flags & SA_SIGINFO) ? previous.sa_sigaction != NULL
            : (previous.sa_handler != SIG_DFL && previous.sa_handler != SIG_IGN);
        if (isHandler) {
            next = previous;
            chained = 1;
        }
    }
    if (!chained) {
        const char *name = byline_signal_name(signal);
        static const char opening[] = "byline: the reader crashed (";
        static const char closing[] = "); please report it. SWIFT_BACKTRACE=interactive=no shows a backtrace.\n";
        byline_write_all(STDERR_FILENO, opening, sizeof(opening) - 1);
        byline_write_all(STDERR_FILENO, name, strlen(name));
        byline_write_all(STDERR_FILENO, closing, sizeof(closing) - 1);
    }
    sigaction(signal, &next, NULL);
    /* A signal that was sent, or a trap that would resume after the trapping instruction, is raised
       again; a fault returns to the faulting instruction, which faults again into the action just set. */
    if (info == NULL || info->si_code <= 0 || signal == SIGTRAP || signal == SIGSYS) {
        raise(signal);
    }
    errno = saved_errno;
}

static void byline_on_ending_signal(int signal) {
    byline_restore_terminal_now();
    /* SA_RESETHAND has put back the default action; SA_NODEFER lets it act at once. */
    raise(signal);
}

static void byline_on_continue(int signal) {
    (void)signal;
    int saved_errno = errno;
    kill(getpid(), SIGWINCH);
    errno = saved_errno;
}

/* Gives the calling thread an alternate signal stack, so the handlers run even when the thread's own
   stack has overflowed. Returns the stack to pass to byline_remove_alternate_stack, or NULL when the
   thread had one already (or none could be allocated). */
static inline void *byline_install_alternate_stack(void) {
    stack_t current;
    if (sigaltstack(NULL, &current) != 0 || !(current.ss_flags & SS_DISABLE)) return NULL;
    size_t size = 64 * 1024;
    void *memory = malloc(size);
    if (memory == NULL) return NULL;
    stack_t stack;
    stack.ss_sp = memory;
    stack.ss_size = size;
    stack.ss_flags = 0;
    if (sigaltstack(&stack, NULL) != 0) {
        free(memory);
        return NULL;
    }
    return memory;
}

/* Takes away the alternate stack `byline_install_alternate_stack` gave the calling thread. */
static inline void byline_remove_alternate_stack(void *memory) {
    if (memory == NULL) return;
    stack_t disable;
    memset(&disable, 0, sizeof(disable));
    disable.ss_flags = SS_DISABLE;
    sigaltstack(&disable, NULL);
    free(memory);
}

/* Blocks, in the calling worker thread, the signals the reader's main thread must be the one to get
   (the ending signals, SIGWINCH, SIGCONT, SIGTSTP), so they interrupt its wait for a key. */
static inline void byline_block_reader_signals(void) {
    sigset_t set;
    sigemptyset(&set);
    for (size_t i = 0; i < BYLINE_COUNT(byline_ending_signals); i++) sigaddset(&set, byline_ending_signals[i]);
    sigaddset(&set, SIGWINCH);
    sigaddset(&set, SIGCONT);
    sigaddset(&set, SIGTSTP);
    pthread_sigmask(SIG_BLOCK, &set, NULL);
}

/* Before ncurses starts (it installs handlers of its own): remembers the signal actions in place and
   the terminal modes of `modes_descriptor` (the keyboard's terminal), and sends standard error to an unnamed temporary file until the terminal is restored, so nothing
   written there (a library's warning, the runtime's fatal error message) lands on the reader's screen. */
static inline void byline_prepare_restore(int modes_descriptor) {
    struct byline_restore_state *state = byline_restore();
    for (size_t i = 0; i < BYLINE_COUNT(byline_fatal_signals); i++) {
        sigaction(byline_fatal_signals[i], NULL, &state->previous_fatal[i]);
    }
    for (size_t i = 0; i < BYLINE_COUNT(byline_ending_signals); i++) {
        sigaction(byline_ending_signals[i], NULL, &state->previous_ending[i]);
    }
    sigaction(SIGCONT, NULL, &state->previous_continue);
    state->modes_descriptor = modes_descriptor;
    state->has_saved_modes = tcgetattr(modes_descriptor, &state->saved_modes) == 0;
    FILE *capture = tmpfile();
    if (capture == NULL) return;
    int descriptor = dup(fileno(capture));
    fclose(capture);
    int real = dup(STDERR_FILENO);
    if (descriptor < 0 || real < 0 || dup2(descriptor, STDERR_FILENO) < 0) {
        if (descriptor >= 0) close(descriptor);
        if (real >= 0) close(real);
        return;
    }
    state->stderr_capture = descriptor;
    state->real_stderr = real;
}

/* Once ncurses has started on the screen that is current: works out the reset sequence for the
   terminal written through `output_descriptor` and installs the handlers. With `chain_fatal`, fatal
   signals go on to the handlers that were there before (the Swift runtime's backtracer). */
static inline void byline_arm_restore(int output_descriptor, int chain_fatal) {
    struct byline_restore_state *state = byline_restore();
    state->reset_output = output_descriptor;
    state->reset_length = 0;
    state->reset_sequence[state->reset_length++] = '\030'; /* CAN: ends an escape sequence cut short */
    byline_append_capability("rmcup");
    byline_append_capability("rmkx");
    byline_append_capability("cnorm");
    byline_append_capability("sgr0");
    state->chain_fatal = chain_fatal;
    state->restored = 0;

    struct sigaction action;
    memset(&action, 0, sizeof(action));
    sigemptyset(&action.sa_mask);
    action.sa_sigaction = byline_on_fatal_signal;
    action.sa_flags = SA_SIGINFO | SA_NODEFER | SA_ONSTACK;
    for (size_t i = 0; i < BYLINE_COUNT(byline_fatal_signals); i++) {
        sigaction(byline_fatal_signals[i], &action, NULL);
    }
    memset(&action, 0, sizeof(action));
    sigemptyset(&action.sa_mask);
    action.sa_handler = byline_on_ending_signal;
    action.sa_flags = SA_RESETHAND | SA_NODEFER | SA_ONSTACK;
    for (size_t i = 0; i < BYLINE_COUNT(byline_ending_signals); i++) {
        sigaction(byline_ending_signals[i], &action, NULL);
    }
    memset(&action, 0, sizeof(action));
    sigemptyset(&action.sa_mask);
    action.sa_handler = byline_on_continue;
    action.sa_flags = SA_RESTART;
    sigaction(SIGCONT, &action, NULL);

    /* A parent may have started us with some of these blocked; the reader depends on them. */
    sigset_t needed;
    sigemptyset(&needed);
    for (size_t i = 0; i < BYLINE_COUNT(byline_fatal_signals); i++) sigaddset(&needed, byline_fatal_signals[i]);
    for (size_t i = 0; i < BYLINE_COUNT(byline_ending_signals); i++) sigaddset(&needed, byline_ending_signals[i]);
    sigaddset(&needed, SIGWINCH);
    sigaddset(&needed, SIGTSTP);
    sigaddset(&needed, SIGCONT);
    sigprocmask(SIG_UNBLOCK, &needed, NULL);
    state->armed = 1;
}

/* After ncurses has restored the terminal itself: puts back the signal actions that were in place
   before ncurses started, and standard error with what was captured. */
static inline void byline_disarm_restore(void) {
    struct byline_restore_state *state = byline_restore();
    state->armed = 0;
    for (size_t i = 0; i < BYLINE_COUNT(byline_fatal_signals); i++) {
        sigaction(byline_fatal_signals[i], &state->previous_fatal[i], NULL);
    }
    for (size_t i = 0; i < BYLINE_COUNT(byline_ending_signals); i++) {
        sigaction(byline_ending_signals[i], &state->previous_ending[i], NULL);
    }
    sigaction(SIGCONT, &state->previous_continue, NULL);
    byline_release_stderr();
}

#endif
