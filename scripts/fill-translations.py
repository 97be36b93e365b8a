#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Fills translations/ordo_<lang>.ts from the table translations/texts.py (docs/translations.md).

The table is the source of the translations: lupdate keeps the .ts in step with the code, this
script writes every string the table knows into it, so the translations can be filled again
whenever the sources change. Each row of the table holds the English source and then one
translation per language of its LANGUAGES (a list of the singular and plural form for a %n
text); a row whose source is (context, source) wins over the plain one in that context.
Strings the table does not know stay unfinished (the completeness test then fails). French
gets its no-break spaces before : ; ? ! » and after « here, so the table can use plain spaces.

  scripts/fill-translations.py [--missing | --unused] TS_FILE...
  --missing  print the unfinished strings as table lines instead of writing
  --unused   print the sources of table rows that no catalogue uses any more (to remove)
"""
import html
import os
import re
import runpy
import sys

MESSAGE = re.compile(r'(<message( numerus="yes")?>\n)(.*?)(        <translation[^>]*>.*?</translation>|        <translation[^>]*/>)(\n.*?</message>)', re.S)
CONTEXT = re.compile(r'<context>\n    <name>(.*?)</name>\n(.*?)</context>', re.S)
SOURCE = re.compile(r'<source>(.*?)</source>', re.S)


def escape(text):
    return (text.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')
            .replace('"', '&quot;').replace("'", '&apos;'))


def translation_xml(value, numerus):
    if numerus:
        forms = ''.join(f'            <numerusform>{escape(f)}</numerusform>\n' for f in value)
        return f'        <translation>\n{forms}        </translation>'
    return f'        <translation>{escape(value)}</translation>'


TABLE_PATH = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'translations', 'texts.py')


def french_spaces(text):
    text = re.sub(r' ([:;?!»])', lambda m: ('\u00a0' if m.group(1) in ':»' else '\u202f') + m.group(1), text)
    return text.replace('« ', '«\u00a0')


def load_table(lang):
    module = runpy.run_path(TABLE_PATH)
    column = module['LANGUAGES'].index(lang) + 1
    table = {}
    for row in module['ROWS']:
        value = row[column]
        if lang == 'fr':
            value = [french_spaces(v) for v in value] if isinstance(value, list) else french_spaces(value)
        if row[0] in table and table[row[0]] != value:
            raise SystemExit(f'{TABLE_PATH}: {row[0]!r} appears twice with different translations')
        table[row[0]] = value
    return table


def fill(path, missing_only):
    lang = re.search(r'ordo_(\w+)\.ts$', path).group(1)
    table_path = TABLE_PATH
    table = load_table(lang)
    text = open(path, encoding='utf-8').read()
    missing = []

    def fill_context(cm):
        context = cm.group(1)

        def fill_message(m):
            source = html.unescape(SOURCE.search(m.group(3)).group(1))
            numerus = bool(m.group(2))
            value = table.get((context, source), table.get(source))
            if value is not None and isinstance(value, str) == numerus:
                raise SystemExit(f'{table_path}: {source!r}: %n texts need a list of forms, others a string')
            if value is None:
                if 'type="unfinished"' in m.group(4) or 'type="vanished"' in m.group(4):
                    missing.append((context, source, numerus))
                return m.group(0)
            return m.group(1) + m.group(3) + translation_xml(value, numerus) + m.group(5)

        return cm.group(0)[:cm.start(2) - cm.start(0)] + MESSAGE.sub(fill_message, cm.group(2)) + '</context>'

    text = CONTEXT.sub(fill_context, text)
    if missing_only:
        for context, source, numerus in missing:
            print(f'    {source!r}: {"[..., ...]" if numerus else repr("")},  # {context}')
        return len(missing)
    open(path, 'w', encoding='utf-8').write(text)
    if missing:
        print(f'{path}: {len(missing)} strings without a translation', file=sys.stderr)
    return 0


def used_sources(path):
    text = open(path, encoding='utf-8').read()
    used = set()
    for cm in CONTEXT.finditer(text):
        for s in SOURCE.findall(cm.group(2)):
            used.add(html.unescape(s))
            used.add((cm.group(1), html.unescape(s)))
    return used


def main(argv):
    missing_only = '--missing' in argv
    files = [a for a in argv if a.endswith('.ts')]
    if not files:
        print(__doc__, file=sys.stderr)
        return 2
    if '--unused' in argv:
        used = set().union(*(used_sources(f) for f in files))
        for row in runpy.run_path(TABLE_PATH)['ROWS']:
            if row[0] not in used:
                print(repr(row[0]))
        return 0
    for f in files:
        fill(f, missing_only)
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
