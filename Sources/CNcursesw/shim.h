#ifndef RAPPORT_CNCURSESW_SHIM_H
#define RAPPORT_CNCURSESW_SHIM_H
#define NCURSES_WIDECHAR 1
#define _XOPEN_SOURCE_EXTENDED 1
#include <stdio.h>
#include <ncursesw/curses.h>

/* Macros Swift cannot import, as functions. */
static inline attr_t rapport_attr_normal(void) { return A_NORMAL; }
static inline attr_t rapport_attr_bold(void) { return A_BOLD; }
static inline attr_t rapport_attr_dim(void) { return A_DIM; }
static inline attr_t rapport_attr_italic(void) { return A_ITALIC; }
static inline attr_t rapport_attr_underline(void) { return A_UNDERLINE; }
static inline attr_t rapport_attr_reverse(void) { return A_REVERSE; }
static inline int rapport_key_f(int n) { return KEY_F(n); }

/* C globals Swift 6 flags as not concurrency-safe, read through functions. */
static inline int rapport_colors(void) { return COLORS; }
static inline int rapport_color_pairs(void) { return COLOR_PAIRS; }
static inline int rapport_escdelay(void) { return ESCDELAY; }
static inline WINDOW *rapport_stdscr(void) { return stdscr; }
static inline FILE *rapport_stdin(void) { return stdin; }
static inline FILE *rapport_stdout(void) { return stdout; }

#endif
