#!/usr/bin/env python3
"""Writes Sources/BylineCore/Resources/Lexicons/html-entities.txt: HTML5's named character references
(from Python's html.entities.html5, the WHATWG table), for the ones libxml2's HTML 4 parser leaves as
written. Each line: the name without '&' and ';', a tab, the code points in hexadecimal."""
import html.entities
import os

path = os.path.join(os.path.dirname(__file__), "..", "Sources", "BylineCore", "Resources", "Lexicons", "html-entities.txt")
with open(path, "w", encoding="utf-8") as out:
    out.write("# HTML5 named character references (WHATWG), from Python's html.entities.html5;\n")
    out.write("# made by scripts/make-html-entities.py. Each line: name<TAB>code points in hexadecimal.\n")
    for name in sorted(html.entities.html5):
        if name.endswith(";"):
            value = html.entities.html5[name]
            out.write(name[:-1] + "\t" + " ".join("%X" % ord(c) for c in value) + "\n")
