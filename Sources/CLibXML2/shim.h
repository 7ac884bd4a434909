#ifndef BYLINE_CLIBXML2_SHIM_H
#define BYLINE_CLIBXML2_SHIM_H

/* libxml2's HTML parser, driven by SAX callbacks (the core builds its own compact view of the page).
   Debian builds libxml2 with ICU, whose headers clash with the ICU that Foundation ships as a module:
   the ICU-only fields of encoding handlers are never touched here, so their declaration is left out
   (handlers are only ever used through pointers). */
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/parserInternals.h>

#endif
