"""The import rules of docs/ARCHITECTURE.md, read from the source with `ast` (imports inside functions
count too: a cycle hidden in a function is still a cycle).

- The core (`lagesbild`, except its CLI) never imports ingest, the dashboard or the CLI.
- Ingest never imports the dashboard or the CLI.
- No two modules of the project import each other, directly or through others.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("lagesbild", "data_ingest", "dashboard")
CLI = ("lagesbild.cli", "lagesbild.__main__")


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def project_modules() -> dict[str, Path]:
    found: dict[str, Path] = {}
    for package in PACKAGES:
        for path in sorted((ROOT / package).rglob("*.py")):
            found[module_name(path)] = path
    return found


MODULES = project_modules()


def resolve(name: str) -> str | None:
    """The project module an imported name refers to (the longest existing prefix)."""
    parts = name.split(".")
    while parts:
        candidate = ".".join(parts)
        if candidate in MODULES:
            return candidate
        parts.pop()
    return None


def imports_of(module: str) -> set[str]:
    path = MODULES[module]
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    is_package = path.name == "__init__.py"
    found: set[str] = set()
    for node in ast.walk(tree):
        names: list[str] = []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = module.split(".")
                anchor = anchor if is_package else anchor[:-1]
                anchor = anchor[: len(anchor) - (node.level - 1)]
                base = ".".join([*anchor, base] if base else anchor)
            names = [f"{base}.{alias.name}" for alias in node.names] or [base]
            names.append(base)
        for name in names:
            target = resolve(name)
            if target and target != module:
                found.add(target)
    # A package's re-export of its own submodules is not a dependency of the submodules on it.
    return found


GRAPH = {module: imports_of(module) for module in MODULES}


def is_within(module: str, prefixes: tuple[str, ...]) -> bool:
    return any(module == p or module.startswith(p + ".") for p in prefixes)


def test_the_rule_reader_sees_the_project() -> None:
    assert {"lagesbild.db", "lagesbild.privacy", "data_ingest.pipeline", "dashboard.app"} <= set(MODULES)
    assert "lagesbild.db" in GRAPH["lagesbild.queries"]
    assert "data_ingest.pipeline" in GRAPH["lagesbild.cli.app"]


@pytest.mark.parametrize(
    "module", sorted(m for m in MODULES if m.startswith("lagesbild") and not is_within(m, CLI))
)
def test_core_never_imports_ingest_dashboard_or_cli(module: str) -> None:
    forbidden = sorted(t for t in GRAPH[module] if is_within(t, ("data_ingest", "dashboard", *CLI)))
    assert forbidden == [], f"{module} imports {forbidden}"


@pytest.mark.parametrize("module", sorted(m for m in MODULES if m.startswith("data_ingest")))
def test_ingest_never_imports_dashboard_or_cli(module: str) -> None:
    forbidden = sorted(t for t in GRAPH[module] if is_within(t, ("dashboard", *CLI)))
    assert forbidden == [], f"{module} imports {forbidden}"


def test_no_import_cycles() -> None:
    """Tarjan's strongly connected components; a package and its own submodules are one unit only
    where a submodule imports its package back, which is the cycle we forbid."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    cycles: list[list[str]] = []

    def edges(module: str) -> set[str]:
        # The package's __init__ importing its submodules is how a package publishes its API.
        return {t for t in GRAPH[module] if not t.startswith(module + ".")}

    def visit(module: str) -> None:
        index[module] = low[module] = len(index)
        stack.append(module)
        on_stack.add(module)
        for target in edges(module):
            if target not in index:
                visit(target)
                low[module] = min(low[module], low[target])
            elif target in on_stack:
                low[module] = min(low[module], index[target])
        if low[module] == index[module]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == module:
                    break
            if len(component) > 1:
                cycles.append(sorted(component))

    for module in sorted(GRAPH):
        if module not in index:
            visit(module)
    assert cycles == []


def test_a_planted_cycle_is_found(monkeypatch: pytest.MonkeyPatch) -> None:
    """The cycle check is not vacuous: db importing queries back is caught."""
    monkeypatch.setitem(GRAPH, "lagesbild.db", GRAPH["lagesbild.db"] | {"lagesbild.queries"})
    with pytest.raises(AssertionError):
        test_no_import_cycles()
