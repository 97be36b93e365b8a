#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Every shipped language is complete (docs/translations.md).

Runs lupdate over core/, ui/ and app/ into temporary copies of translations/ordo_*.ts, so a
string added or changed in the sources since the last scripts/update-translations.sh shows up
as unfinished, and fails on any unfinished, vanished or obsolete message. Each translation must
also keep its source's placeholders (%1…%9, %n in every plural form), its mnemonic (one & when
the source has one, none otherwise) and its line count.

  check_translations.py LUPDATE SOURCE_DIR
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

LANGUAGES = ['de', 'fr', 'es']
PLACEHOLDER = re.compile(r'%(?:L?\d|n)')
MNEMONIC = re.compile(r'&(?!&)(?=\S)')


def mnemonics(text):
    return len(MNEMONIC.findall(text.replace('&&', '')))


def check_forms(where, source, forms, numerus):
    problems = []
    wanted = sorted(set(PLACEHOLDER.findall(source)))
    for form in forms:
        if not form.strip():
            problems.append(f'{where}: empty translation')
            continue
        got = sorted(set(PLACEHOLDER.findall(form)))
        if got != wanted:
            problems.append(f'{where}: placeholders {got} instead of {wanted} in {form!r}')
        if mnemonics(form) != min(mnemonics(source), 1) and '<' not in source:
            problems.append(f'{where}: {mnemonics(form)} mnemonics (&) where the source has '
                            f'{mnemonics(source)}: {form!r}')
        if form.count('\n') != source.count('\n'):
            problems.append(f'{where}: {form.count(chr(10)) + 1} lines where the source has '
                            f'{source.count(chr(10)) + 1}: {form!r}')
    if numerus and len(forms) != 2:
        problems.append(f'{where}: {len(forms)} plural forms, expected 2')
    return problems


def check(ts_path, lang):
    problems = []
    counts = {'translated': 0}
    root = ET.parse(ts_path).getroot()
    if root.get('language') != lang:
        problems.append(f'{ts_path}: language is {root.get("language")!r}, expected {lang!r}')
    for context in root.iter('context'):
        name = context.findtext('name')
        for message in context.iter('message'):
            source = message.findtext('source')
            where = f'{lang}: {name}: {source!r}'
            translation = message.find('translation')
            kind = translation.get('type')
            if kind in ('unfinished', 'vanished', 'obsolete'):
                problems.append(f'{where}: {kind}')
                continue
            numerus = message.get('numerus') == 'yes'
            forms = [f.text or '' for f in translation.iter('numerusform')] if numerus else [translation.text or '']
            problems += check_forms(where, source, forms, numerus)
            counts['translated'] += 1
    return problems, counts['translated']


def main(argv):
    lupdate, source_dir = argv[1], argv[2]
    problems = []
    with tempfile.TemporaryDirectory() as tmp:
        copies = []
        for lang in LANGUAGES:
            copy = os.path.join(tmp, f'ordo_{lang}.ts')
            shutil.copy(os.path.join(source_dir, 'translations', f'ordo_{lang}.ts'), copy)
            copies.append(copy)
        result = subprocess.run([lupdate, '-silent', '-no-obsolete', '-locations', 'none', '-extensions', 'cpp,h',
                                 'core', 'ui', 'app', '-ts', *copies],
                                cwd=source_dir, capture_output=True, text=True)
        if result.returncode != 0:
            print(result.stdout + result.stderr, file=sys.stderr)
            return 1
        for lang, copy in zip(LANGUAGES, copies):
            found, translated = check(copy, lang)
            problems += found
            print(f'{lang}: {translated} strings translated, {len(found)} problems')
    for p in problems:
        print(p)
    if problems:
        print(f'{len(problems)} problems: run scripts/update-translations.sh and translate the strings '
              f'in translations/<lang>.py (docs/translations.md)')
        return 1
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
