"""No button or action hands its `checked` flag to a slot's optional first parameter.

`clicked(bool)`, `triggered(bool)` and `toggled(bool)` pass `checked` to a slot that accepts an
argument: a method `add_year(self, value=None)` connected directly received `False` and refused
"Năm False". This scan of the GUI code fails on any such connection.
"""

from __future__ import annotations

import ast
from pathlib import Path

import thidua_desktop

UI = Path(thidua_desktop.__file__).parent / "ui"
BOOL_SIGNALS = {"clicked", "triggered", "toggled"}


def optional_first_parameter(fn: ast.FunctionDef) -> bool:
    """True when the method takes a positional parameter after self that has a default."""
    positional = fn.args.posonlyargs + fn.args.args
    return len(positional) > 1 and len(fn.args.defaults) > 0


def class_methods(trees: dict[Path, ast.Module]) -> dict[str, dict[str, ast.FunctionDef]]:
    """Every GUI class's own methods by name."""
    return {
        cls.name: {fn.name: fn for fn in cls.body if isinstance(fn, ast.FunctionDef)}
        for tree in trees.values()
        for cls in ast.walk(tree)
        if isinstance(cls, ast.ClassDef)
    }


def risky_connections(trees: dict[Path, ast.Module]) -> list[str]:
    """`signal.connect(obj.method)` where the method called may take `checked` as a value.

    A `self.method` resolves in its own class; any other `obj.method` counts as risky when
    any GUI class has a risky method of that name (we cannot tell the object's class)."""
    methods = class_methods(trees)
    risky_names = {n for own in methods.values() for n, fn in own.items() if optional(fn)}
    found = []
    for path, tree in trees.items():
        for cls in (n for n in ast.walk(tree) if isinstance(n, ast.ClassDef)):
            for line, target, slot in bool_signal_connections(cls):
                own = methods[cls.name].get(slot)
                if own is not None and target == "self":
                    bad = optional(own)
                else:
                    bad = slot in risky_names
                if bad:
                    found.append(f"{path.name}:{line} → {slot}")
    return found


def optional(fn: ast.FunctionDef) -> bool:
    """True when the method takes a positional parameter after self that has a default."""
    positional = fn.args.posonlyargs + fn.args.args
    return len(positional) > 1 and len(fn.args.defaults) > 0


def bool_signal_connections(node: ast.AST):
    for call in ast.walk(node):
        if not (isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute)):
            continue
        signal = call.func.value
        if call.func.attr != "connect" or not isinstance(signal, ast.Attribute):
            continue
        if signal.attr in BOOL_SIGNALS and call.args and isinstance(call.args[0], ast.Attribute):
            target = call.args[0].value
            yield call.lineno, ast.unparse(target), call.args[0].attr


def test_no_bool_signal_reaches_an_optional_parameter():
    trees = {p: ast.parse(p.read_text(encoding="utf-8")) for p in sorted(UI.rglob("*.py"))}
    assert risky_connections(trees) == []


def test_the_scan_sees_the_trap():
    tree = ast.parse(
        "class P:\n"
        "    def __init__(self):\n"
        "        self.button.clicked.connect(self.add_year)\n"
        "    def add_year(self, value=None):\n"
        "        pass\n"
    )
    assert risky_connections({Path("p.py"): tree}) == ["p.py:3 → add_year"]
    safe = ast.parse(
        "class P:\n"
        "    def __init__(self):\n"
        "        self.button.clicked.connect(self.add_year)\n"
        "    def add_year(self):\n"
        "        pass\n"
    )
    assert risky_connections({Path("p.py"): safe}) == []
