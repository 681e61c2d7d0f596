"""The layer contracts in pyproject.toml hold: import-linter finds no forbidden import
(domain <- db|formats <- services <- sync <- ui|server <- cli <- __main__; only the ui
imports PySide6, only the server fastapi; the ui never touches the database layer)."""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _lint_imports() -> list[str]:
    beside = Path(sys.executable).with_name("lint-imports")
    if beside.exists():
        return [str(beside)]
    found = shutil.which("lint-imports")
    assert found, "import-linter is not installed (the 'test' extra provides it)"
    return [found]


def test_import_contracts_are_kept() -> None:
    proc = subprocess.run([*_lint_imports(), "--no-cache"], cwd=ROOT, capture_output=True, text=True,
                          timeout=120)
    report = proc.stdout + proc.stderr
    assert proc.returncode == 0, f"import-linter found broken contracts:\n{report}"
    assert "0 broken" in report


def test_a_broken_contract_is_reported(tmp_path: Path) -> None:
    """The check has teeth: a contract the code cannot keep (services without the db layer) fails."""
    config = tmp_path / "contracts.ini"
    config.write_text(
        "[importlinter]\nroot_package = desktop_app\n\n"
        "[importlinter:contract:impossible]\nname = Services never touch the db layer\ntype = forbidden\n"
        "source_modules = desktop_app.services\nforbidden_modules = desktop_app.db\n", encoding="utf-8")
    proc = subprocess.run([*_lint_imports(), "--no-cache", "--config", str(config)], cwd=ROOT, capture_output=True,
                          text=True, timeout=120)
    assert proc.returncode != 0
    assert "BROKEN" in proc.stdout + proc.stderr


def import_circles(package: str, graph: object = None) -> list[list[str]]:
    """Groups of modules of ``package`` that import each other in a circle (module-level and
    function-level imports alike; names imported only for the type checker do not count),
    found with grimp, import-linter's own graph."""
    import grimp

    graph = graph or grimp.build_graph("desktop_app", exclude_type_checking_imports=True)
    modules = sorted(m for m in graph.modules if m == package or m.startswith(package + "."))
    edges = {m: {x for x in graph.find_modules_directly_imported_by(m) if x in modules} for m in modules}
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    circles: list[list[str]] = []

    def visit(module: str) -> None:  # Tarjan's strongly connected components
        index[module] = low[module] = len(index)
        stack.append(module)
        for other in edges[module]:
            if other not in index:
                visit(other)
                low[module] = min(low[module], low[other])
            elif other in stack:
                low[module] = min(low[module], index[other])
        if low[module] == index[module]:
            group = []
            while True:
                item = stack.pop()
                group.append(item)
                if item == module:
                    break
            if len(group) > 1:
                circles.append(sorted(group))

    for module in modules:
        if module not in index:
            visit(module)
    return circles


def test_no_import_circle_anywhere() -> None:
    assert import_circles("desktop_app") == []


def test_a_circle_is_found(tmp_path: Path, monkeypatch) -> None:
    """The circle check has teeth: two modules importing each other are reported."""
    package = tmp_path / "circled"
    package.mkdir()
    (package / "__init__.py").write_text("", encoding="utf-8")
    (package / "a.py").write_text("from . import b\n", encoding="utf-8")
    (package / "b.py").write_text("def f():\n    from . import a\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    import grimp

    graph = grimp.build_graph("circled", cache_dir=None)
    assert import_circles("circled", graph) == [["circled.a", "circled.b"]]


def test_no_private_name_is_imported_across_modules() -> None:
    """A name starting with one underscore belongs to its module: importing it elsewhere is a
    sign it should be public (or live where it is used)."""
    found = []
    for path in sorted((ROOT / "desktop_app").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module != "__future__":
                found += [f"{path.relative_to(ROOT)}:{node.lineno} imports {a.name}" for a in node.names
                          if a.name.startswith("_") and not a.name.startswith("__")]
    assert found == []
