"""The desk's translations: collect the texts, keep the .ts files, build the .qm files.

    python scripts/i18n.py update   # resources/i18n/library_desk_<lang>.ts from the code
    python scripts/i18n.py build    # the .qm files the program loads (pyside6-lrelease)
    python scripts/i18n.py check    # exit 1 when a text has no translation (or lost a {field})
    python scripts/i18n.py export de todo.json   # the texts German lacks, with where they are used
    python scripts/i18n.py import de done.json   # {"source": "translation"} into the German .ts

A text is collected where the code calls ``tr("...")`` or ``N_("...")`` with a literal (see
``desktop_app/ui/common/i18n.py``). ``update`` keeps every translation already made, marks a
new text "unfinished" and drops texts the code no longer has.
"""

from __future__ import annotations

import ast
import json
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CODE = ROOT / "desktop_app" / "ui"
TS_DIR = ROOT / "resources" / "i18n"
CONTEXT = "LibraryDesk"
TARGETS = ("de", "fr", "es")
MARKERS = {"tr", "N_"}
FIELD = re.compile(r"\{[a-z_][a-z0-9_]*(?:![rs])?(?::[^{}]*)?\}")


#: The core's own declarations a person reads on screen (the desk shows them through ``tr``):
#: field and setting labels and help, item type labels, weekday names. The core cannot mark
#: them (it knows nothing of Qt), so they are collected by their shape.
DECLARED = [ROOT / "desktop_app" / "domain" / name for name in ("fields.py", "settings.py", "values.py")]
LABELLED_CALLS = {"Field", "_derived", "LibrarySetting"}


def _where(path: Path) -> str:
    return path.relative_to(ROOT).as_posix() if path.is_relative_to(ROOT) else path.as_posix()


def _declared(path: Path, found: dict[str, list[str]]) -> None:
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    where = _where(path)

    def keep(node: ast.AST) -> None:
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value.strip():
            found.setdefault(node.value, []).append(f"{where}:{node.lineno}")

    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in LABELLED_CALLS:
            if len(node.args) > 1:
                keep(node.args[1])
            for kw in node.keywords:
                if kw.arg in ("label", "help"):
                    keep(kw.value)
        elif isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
            name = node.targets[0].id
            if name.endswith("_LABELS") and isinstance(node.value, ast.Dict):
                for value in node.value.values:
                    keep(value)
            elif name.endswith("_NAMES") and isinstance(node.value, ast.Tuple):
                for value in node.value.elts:
                    keep(value)


def collect(root: Path = CODE) -> dict[str, list[str]]:
    """Every marked text in the code with the places it is used ("file:line")."""
    found: dict[str, list[str]] = {}
    if root == CODE:
        for path in DECLARED:
            _declared(path, found)
    for path in sorted(root.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            name = node.func.id if isinstance(node.func, ast.Name) else (
                node.func.attr if isinstance(node.func, ast.Attribute) else "")
            if name not in MARKERS:
                continue
            arg = node.args[0]
            if isinstance(arg, ast.Constant) and isinstance(arg.value, str) and arg.value:
                place = f"{_where(path)}:{node.lineno}"
                found.setdefault(arg.value, []).append(place)
    return found


def fields(text: str) -> list[str]:
    return sorted(FIELD.findall(text))


def read_ts(path: Path) -> dict[str, tuple[str, bool]]:
    """source -> (translation, finished) of a .ts file."""
    if not path.exists():
        return {}
    known: dict[str, tuple[str, bool]] = {}
    for message in ET.parse(path).getroot().iter("message"):
        source = message.findtext("source") or ""
        node = message.find("translation")
        text = (node.text or "") if node is not None else ""
        finished = node is not None and node.get("type") not in ("unfinished", "obsolete", "vanished")
        known[source] = (text, finished and bool(text))
    return known


def write_ts(path: Path, language: str, texts: dict[str, list[str]], known: dict[str, tuple[str, bool]]) -> None:
    root = ET.Element("TS", version="2.1", language=language, sourcelanguage="en")
    context = ET.SubElement(root, "context")
    ET.SubElement(context, "name").text = CONTEXT
    for source in sorted(texts, key=lambda s: (texts[s][0], s)):
        message = ET.SubElement(context, "message")
        for place in texts[source][:3]:
            filename, line = place.rsplit(":", 1)
            ET.SubElement(message, "location", filename=f"../../{filename}", line=line)
        ET.SubElement(message, "source").text = source
        translation, finished = known.get(source, ("", False))
        node = ET.SubElement(message, "translation")
        node.text = translation
        if not finished:
            node.set("type", "unfinished")
    ET.indent(root)
    path.parent.mkdir(parents=True, exist_ok=True)
    body = ET.tostring(root, encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


def ts_path(language: str) -> Path:
    return TS_DIR / f"library_desk_{language}.ts"


def update() -> int:
    texts = collect()
    for language in TARGETS:
        write_ts(ts_path(language), language, texts, read_ts(ts_path(language)))
    print(f"{len(texts)} texts in {', '.join(TARGETS)}")
    return 0


def problems(language: str, texts: dict[str, list[str]] | None = None) -> list[str]:
    """What is wrong with one language's translations, each as a line naming the text."""
    texts = collect() if texts is None else texts
    known = read_ts(ts_path(language))
    found = []
    for source, places in sorted(texts.items()):
        translation, finished = known.get(source, ("", False))
        if not finished:
            found.append(f"{language}: no translation of {source!r} ({places[0]})")
        elif fields(translation) != fields(source):
            found.append(f"{language}: {source!r} has fields {fields(source)}, its translation "
                         f"{fields(translation)} ({places[0]})")
    return found


def check() -> int:
    texts = collect()
    found = [line for language in TARGETS for line in problems(language, texts)]
    print("\n".join(found) or f"{len(texts)} texts translated in {', '.join(TARGETS)}")
    return 1 if found else 0


def lrelease() -> str:
    """The lrelease of PySide6 beside this Python, or one on the PATH."""
    here = Path(sys.executable).parent / "pyside6-lrelease"
    if here.exists():
        return str(here)
    found = shutil.which("pyside6-lrelease") or shutil.which("lrelease")
    if not found:
        raise SystemExit("pyside6-lrelease is missing: install PySide6")
    return found


def build(out: Path = TS_DIR) -> int:
    out.mkdir(parents=True, exist_ok=True)
    for language in TARGETS:
        if not ts_path(language).exists():
            print(f"no {ts_path(language).name}: run 'update' first", file=sys.stderr)
            return 1
        qm = out / f"library_desk_{language}.qm"
        subprocess.run([lrelease(), "-silent", str(ts_path(language)), "-qm", str(qm)], check=True)
    return 0


def export(language: str, out: Path) -> int:
    """The texts ``language`` has no (finished) translation of, for a translator: a JSON list of
    {"source", "used_in"}."""
    texts = collect()
    known = read_ts(ts_path(language))
    todo = [{"source": source, "used_in": places[:2]} for source, places in sorted(texts.items())
            if not known.get(source, ("", False))[1]]
    out.write_text(json.dumps(todo, ensure_ascii=False, indent=1), encoding="utf-8")
    print(f"{len(todo)} texts to translate into {language} in {out}")
    return 0


def import_(language: str, source: Path) -> int:
    """Merge {"source": "translation"} from a JSON file into the language's .ts (finished).
    A translation that loses or adds a {field} is refused and named."""
    given: dict[str, str] = json.loads(source.read_text(encoding="utf-8"))
    texts = collect()
    known = read_ts(ts_path(language))
    bad = [src for src, text in given.items() if src in texts and fields(text) != fields(src)]
    for src, text in given.items():
        if src in texts and src not in bad and text.strip():
            known[src] = (text, True)
    write_ts(ts_path(language), language, texts, known)
    for src in bad:
        print(f"refused (its fields differ): {src!r} -> {given[src]!r}")
    print(f"{len(given) - len(bad)} translations merged into {ts_path(language).name}")
    return 1 if bad else 0


def main(argv: list[str]) -> int:
    command = argv[1] if len(argv) > 1 else ""
    if command == "export" and len(argv) == 4:
        return export(argv[2], Path(argv[3]))
    if command == "import" and len(argv) == 4:
        return import_(argv[2], Path(argv[3]))
    if command == "update":
        return update()
    if command == "build":
        return build(Path(argv[2]) if len(argv) > 2 else TS_DIR)
    if command == "check":
        return check()
    print(__doc__)
    return 2


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
