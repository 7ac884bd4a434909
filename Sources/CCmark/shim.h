#ifndef BYLINE_CCMARK_SHIM_H
#define BYLINE_CCMARK_SHIM_H

/* cmark, the CommonMark reference parser: Markdown into a node tree the core walks. */
#include <cmark.h>

#endif
