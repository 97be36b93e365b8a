#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Keeps the sources small enough to read: no C++ file under core/, ui/ or app/ over 700
lines, and the week view (ui/week/weekview.cpp) under 600. A file that grows past its
limit is split by job, as ui/week/ and ui/season/ are (view, input, painting, commands).

    check_file_lengths.py SOURCE_DIR
"""
import pathlib
import sys

MAX_LINES = 700
# Files held to a tighter maximum than MAX_LINES, and why.
TIGHTER = {
    # The week view is the app's busiest widget: its input, gestures, painting, commands and
    # clipboard live in files of their own.
    'ui/week/weekview.cpp': 599,
}
FOLDERS = ('core', 'ui', 'app')
SUFFIXES = ('.cpp', '.h')


def line_count(path):
    with open(path, 'rb') as f:
        return sum(1 for _ in f)


def main():
    root = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else '.')
    problems = []
    seen = 0
    for folder in FOLDERS:
        for path in sorted((root / folder).rglob('*')):
            if path.suffix not in SUFFIXES or not path.is_file():
                continue
            seen += 1
            name = path.relative_to(root).as_posix()
            limit = TIGHTER.get(name, MAX_LINES)
            lines = line_count(path)
            if lines > limit:
                problems.append(f'{name}: {lines} lines, at most {limit} (split it by job)')
    for name in TIGHTER:
        if not (root / name).is_file():
            problems.append(f'{name}: named in TIGHTER but missing')
    if seen == 0:
        problems.append(f'no C++ files found under {", ".join(FOLDERS)} of {root}')
    for p in problems:
        print(p)
    print(f'{seen} files checked, {len(problems)} problems')
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main())
