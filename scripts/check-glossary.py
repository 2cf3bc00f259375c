#!/usr/bin/env python3
"""Fails when a message in locales/{en,fr}/*.ftl uses a term that locales/GLOSSARY.md forbids
(its "Not in English" and "Not in French" columns): whole words, any case, typographic and
straight apostrophes alike. Comments are not checked. Prints each use with the term to use.

Usage: scripts/check-glossary.py [LOCALES_DIR]      (default: locales)
       scripts/check-glossary.py --self-test        shows that a forbidden term is caught"""
import pathlib
import re
import sys
import tempfile

COLUMNS = {"en": ("Not in English", "English"), "fr": ("Not in French", "French")}


def normalise(text):
    return text.replace("’", "'").lower()


def glossary(path):
    """{lang: [(forbidden, preferred)]} from the Markdown table."""
    rows = [line for line in path.read_text(encoding="utf-8").splitlines() if line.startswith("|")]
    header = [cell.strip() for cell in rows[0].strip("|").split("|")]
    rules = {lang: [] for lang in COLUMNS}
    for row in rows[2:]:
        cells = [cell.strip() for cell in row.strip("|").split("|")]
        entry = dict(zip(header, cells))
        for lang, (banned_column, term_column) in COLUMNS.items():
            for term in entry.get(banned_column, "").split(";"):
                if term.strip():
                    rules[lang].append((term.strip(), entry[term_column]))
    return rules


def pattern(term):
    # Letters, digits and hyphens make words: "mails" is not found inside "e-mails".
    return re.compile(r"(?<![\w-])" + re.escape(normalise(term)) + r"(?![\w-])")


def messages(path):
    """(line number, message id, text) for each message line, continuation lines included."""
    current = None
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.startswith("#") or not line.strip():
            continue
        match = re.match(r"^(-?[a-zA-Z][\w-]*)\s*=\s*(.*)$", line)
        if match:
            current = match.group(1)
            yield number, current, match.group(2)
        elif current and line[:1].isspace():
            yield number, current, line.strip()


def offences(locales):
    rules = glossary(locales / "GLOSSARY.md")
    for lang, terms in rules.items():
        compiled = [(term, preferred, pattern(term)) for term, preferred in terms]
        for ftl in sorted((locales / lang).glob("*.ftl")):
            for number, message, text in messages(ftl):
                # Variables, selectors and addresses are code, not words.
                words = normalise(re.sub(r"\{[^{}]*\}|https?://\S+", " ", text))
                for term, preferred, regex in compiled:
                    if regex.search(words):
                        yield f"{ftl}:{number}: {message} uses “{term}”; the glossary says “{preferred}”"


def self_test():
    with tempfile.TemporaryDirectory() as tmp:
        root = pathlib.Path(tmp)
        (root / "fr").mkdir()
        (root / "en").mkdir()
        (root / "GLOSSARY.md").write_text(
            "| Concept | English | French | Not in English | Not in French | Note |\n"
            "| --- | --- | --- | --- | --- | --- |\n"
            "| Status | status | statut | state | état; états | |\n"
            "| E-mail | e-mail | e-mail | email | mail; mails | |\n",
            encoding="utf-8",
        )
        (root / "fr" / "a.ftl").write_text(
            "# Un commentaire sur l’état ne compte pas.\n"
            "ok = Les e-mails et le statut\n"
            "bad = Filtrer par État\n"
            "multi =\n    Deux mails\n",
            encoding="utf-8",
        )
        (root / "en" / "a.ftl").write_text("ok = The { $state } and its status\n", encoding="utf-8")
        found = list(offences(root))
        assert len(found) == 2, found
        assert "bad uses “état”" in found[0] and "multi uses “mail" in found[1], found
    print("check-glossary: the self-test caught both forbidden terms and nothing else")
    return 0


def main(args):
    if args[:1] == ["--self-test"]:
        return self_test()
    locales = pathlib.Path(args[0] if args else "locales")
    found = list(offences(locales))
    for offence in found:
        print(offence)
    if found:
        print(f"{len(found)} message(s) use a term the glossary forbids (locales/GLOSSARY.md)", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
