#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Fills the English plural forms of translations/mwb_en.ts (made by `lupdate -pluralonly`).

The source strings say "%n cell(s)"; English needs "%n cell" for one and "%n cells" otherwise.
The first "(s)" / "(es)" marker after %n (the word %n counts) becomes nothing in the singular and
"s" / "es" in the plural; markers that belong to other numbers (%1, %2) stay as they are. Entries
already filled by hand are kept. Standard library only.
"""
import re
import sys
import xml.etree.ElementTree as ET

MARK = re.compile(r"\((e?s)\)")


def forms(source: str):
    at = source.find("%n")
    match = MARK.search(source, at if at >= 0 else 0)
    if match is None:
        return source, source
    before, after = source[: match.start()], source[match.end() :]
    return before + after, before + match.group(1) + after


def main(path: str) -> int:
    tree = ET.parse(path)
    changed = 0
    for message in tree.iter("message"):
        if message.get("numerus") != "yes":
            continue
        translation = message.find("translation")
        source = message.findtext("source", "")
        existing = [f.text for f in translation.findall("numerusform")] if translation is not None else []
        if translation is not None and translation.get("type") != "unfinished" and all(existing):
            continue
        if translation is None:
            translation = ET.SubElement(message, "translation")
        for child in list(translation):
            translation.remove(child)
        translation.text = None
        translation.attrib.pop("type", None)
        for text in forms(source):
            form = ET.SubElement(translation, "numerusform")
            form.text = text
        changed += 1
    tree.write(path, encoding="utf-8", xml_declaration=True)
    print(f"{path}: filled {changed} plural entr{'y' if changed == 1 else 'ies'}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "translations/mwb_en.ts"))
