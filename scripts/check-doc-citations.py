#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Comments cite the project's own reference documentation by its path in the repository.

Checks the comments (not the strings) of every tracked source file:
- every `docs/NAME.md` a comment cites exists;
- no comment cites a reference document by its bare name (`rules.md 3.10`,
  `physiology.md 2.2`, ...): it must say `docs/rules.md 3.10`;
- no comment points at specifications outside the repository.

`--fix` rewrites bare citations of the documents in docs/ to their docs/ path, in comments
only. Run by scripts/check-style.sh.
"""

import re
import subprocess
import sys
from pathlib import Path

# Reference documents that code used to cite by bare name.
REFERENCE_NAMES = ("rules", "physiology", "plan-format", "cli", "evidence", "ui")
BARE = re.compile(r"(?<![\w/.-])(" + "|".join(map(re.escape, REFERENCE_NAMES)) + r")\.md\b")
DOCS_PATH = re.compile(r"(?<![\w/.-])docs/[\w./-]+?\.md\b")
OUTSIDE = re.compile(r"shared/spec|/work/shared|\.\./shared")

C_LIKE = (".cpp", ".h")
HASH = (".py", ".sh", ".cmake", ".dict", "CMakeLists.txt")
XML = (".xml",)


def c_comment_spans(text):
    """(start, end) offsets of the // and /* */ comments of C++ source, skipping string and
    character literals (raw strings included) and digit separators such as 4'000'000."""
    spans = []
    i, n = 0, len(text)
    while i < n:
        if text.startswith("//", i):
            end = text.find("\n", i)
            end = n if end < 0 else end
            spans.append((i, end))
            i = end
        elif text.startswith("/*", i):
            end = text.find("*/", i + 2)
            end = n if end < 0 else end + 2
            spans.append((i, end))
            i = end
        elif text[i] == '"':
            if i > 0 and text[i - 1] == "R":
                open_paren = text.find("(", i)
                delimiter = text[i + 1 : open_paren]
                end = text.find(")" + delimiter + '"', open_paren)
                i = n if end < 0 else end + len(delimiter) + 2
            else:
                i += 1
                while i < n and text[i] not in '"\n':
                    i += 2 if text[i] == "\\" else 1
                i += 1
        elif text[i] == "'":
            start = i
            while start > 0 and (text[start - 1].isalnum() or text[start - 1] in "_.'"):
                start -= 1
            if start < i and text[start].isdigit():
                i += 1  # a digit separator inside a number
                continue
            i += 1
            while i < n and text[i] not in "'\n":
                i += 2 if text[i] == "\\" else 1
            i += 1
        else:
            i += 1
    return spans


def hash_comment_spans(text):
    """Comments from a '#' outside quotes to the end of the line (shell, CMake, Python)."""
    spans = []
    offset = 0
    for line in text.splitlines(keepends=True):
        quote = None
        for j, ch in enumerate(line):
            if quote:
                if ch == quote:
                    quote = None
            elif ch in "\"'":
                quote = ch
            elif ch == "#":
                spans.append((offset + j, offset + len(line.rstrip("\n"))))
                break
        offset += len(line)
    return spans


def xml_comment_spans(text):
    return [(m.start(), m.end()) for m in re.finditer(r"<!--.*?-->", text, re.S)]


def comment_spans(path, text):
    name = path.name
    if name.endswith(C_LIKE):
        return c_comment_spans(text)
    if name.endswith(HASH):
        return hash_comment_spans(text)
    if name.endswith(XML):
        return xml_comment_spans(text)
    return []


def main():
    fix = "--fix" in sys.argv[1:]
    root = Path(__file__).resolve().parent.parent
    files = subprocess.run(["git", "ls-files"], cwd=root, capture_output=True, text=True, check=True)
    problems = 0
    for relative in files.stdout.splitlines():
        path = root / relative
        if relative.startswith("docs/") or not path.is_file():
            continue
        if not path.name.endswith(C_LIKE + HASH + XML):
            continue
        text = path.read_text(encoding="utf-8", errors="replace")
        spans = comment_spans(path, text)
        if not spans:
            continue
        pieces, last, changed = [], 0, False
        for start, end in spans:
            comment = text[start:end]
            line = text.count("\n", 0, start) + 1
            if fix:
                fixed = BARE.sub(
                    lambda m: "docs/" + m.group(0) if (root / "docs" / m.group(0)).is_file() else m.group(0),
                    comment)
                changed = changed or fixed != comment
                pieces += [text[last:start], fixed]
                last = end
                comment = fixed
            for m in DOCS_PATH.finditer(comment):
                if not (root / m.group(0)).is_file():
                    print(f"{relative}:{line}: cites {m.group(0)}, which does not exist")
                    problems += 1
            for m in BARE.finditer(comment):
                print(f"{relative}:{line}: cites {m.group(0)} without its path; write docs/{m.group(0)}"
                      if (root / "docs" / m.group(0)).is_file()
                      else f"{relative}:{line}: cites {m.group(0)}, which is not part of the repository")
                problems += 1
            if OUTSIDE.search(comment):
                print(f"{relative}:{line}: points outside the repository; cite docs/ instead")
                problems += 1
        if fix and changed:
            path.write_text("".join(pieces) + text[last:], encoding="utf-8")
    if problems:
        print(f"check-doc-citations: {problems} comment citation(s) to correct", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
