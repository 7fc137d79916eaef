"""The kommun scope a page runs in, as a value (`KommunScope`) and the rule that checks an action
against it. Apart from `dashboard.auth.kommun` (which draws the picker) so that `identity.allowed`
can ask it without an import cycle."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass

from lagesbild import access, kommuner
from lagesbild.swedish import kommun_name

ALL_LABEL = "Alla kommuner"


@dataclass(frozen=True)
class KommunScope:
    """The kommuner this session may choose (`choices`, None = all, login off only) and the chosen one."""

    choices: tuple[str | None, ...]
    chosen: str | None
    names: tuple[tuple[str, str], ...] = ()  # (code, "Nyköpings kommun") of the database's kommuner

    @property
    def kommuner(self) -> list[str]:
        """The codes the session may act in (what `can_in_kommun` checks against)."""
        return [c for c in self.choices if c is not None]

    def name(self, code: str | None = None) -> str:
        """The kommun's proper name ("Nyköpings kommun"); "Alla kommuner" for no scope."""
        code = self.chosen if code is None else code
        if code is None:
            return ALL_LABEL
        known = dict(self.names).get(code)
        if known is None:  # not readable here (row-level security before the scope is set): SCB's name
            short = kommuner.kommun_names().get(code)
            known = kommun_name(short) if short else f"kommun {code}"
        return known


_SCOPE: ContextVar[KommunScope | None] = ContextVar("lagesbild_dashboard_kommun", default=None)


@contextmanager
def entered(scope: KommunScope) -> Iterator[None]:
    """The scope `current_scope` and `allowed_in_scope` see while the block runs."""
    token = _SCOPE.set(scope)
    try:
        yield
    finally:
        _SCOPE.reset(token)


def current_scope() -> KommunScope | None:
    return _SCOPE.get()


def allowed_in_scope(role: str | None, method: str, action: str) -> bool:
    """Whether the session may `action` in the chosen kommun: the role's permission, in one of the
    user's kommuner (access.can_in_kommun). Login off with "all kommuner": the role decides alone.
    Outside a page run (no scope) only the demo's role counts."""
    scope = _SCOPE.get()
    if method == "demo" and (scope is None or scope.chosen is None):
        return access.can(role, action)
    if scope is None:
        return False
    return access.can_in_kommun(role, action, scope.kommuner, scope.chosen)
