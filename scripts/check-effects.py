#!/usr/bin/env python3
"""No `Effect` in src/pages reads an `Action`'s value: what follows a mutation runs inside the
action once its answer is in (the form kit, `components/form/submit.rs`), as Leptos advises,
not in an effect watching `.value()`. Prints each offence with its place; fails if any.

Usage: scripts/check-effects.py [FILE_OR_DIR ...]   (default: src/pages)"""
import pathlib
import re
import sys


def effect_bodies(text):
    """Yields (line, body) for each `Effect::new(…)`/`Effect::watch(…)` call, its parentheses
    matched (strings and comments skipped roughly: enough for this codebase's style)."""
    for match in re.finditer(r"Effect::(new|watch|new_isomorphic)\s*\(", text):
        depth, i = 1, match.end()
        while i < len(text) and depth:
            c = text[i]
            if c == '"':
                i += 1
                while i < len(text) and text[i] != '"':
                    i += 2 if text[i] == "\\" else 1
            elif c == "(":
                depth += 1
            elif c == ")":
                depth -= 1
            i += 1
        yield text.count("\n", 0, match.start()) + 1, text[match.end():i]


def offences(path):
    text = path.read_text(encoding="utf-8")
    for line, body in effect_bodies(text):
        if re.search(r"\.value\(\)", body):
            yield f"{path}:{line}: an Effect reads an Action's value; run the follow-up inside the action"


def main(args):
    roots = [pathlib.Path(a) for a in args] or [pathlib.Path("src/pages")]
    files = [f for r in roots for f in (sorted(r.rglob("*.rs")) if r.is_dir() else [r])]
    found = [o for f in files for o in offences(f)]
    for offence in found:
        print(offence)
    if found:
        print(f"{len(found)} effect(s) read an action's value", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
