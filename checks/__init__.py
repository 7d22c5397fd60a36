"""The bundled checks of ppid-audit, installed as ``ppid_audit.checks``.

The repository keeps them in the top-level ``checks/`` folder; the wheel maps
that folder to this package (``[tool.setuptools.package-dir]``).  The check
modules (``categories``, ``service``, ``reachability``) are registered in the
``ppid_audit.checks`` entry-point group like any third-party plugin; the
modules starting with ``_`` are their shared helpers, and ``vocabulary.toml``,
``rules.toml`` and ``weights.toml`` are data read with ``importlib.resources``.
"""

#: The modules that hold the bundled checks (their entry points in pyproject.toml).
BUILTIN_MODULES: tuple[str, ...] = (
    "ppid_audit.checks.categories",
    "ppid_audit.checks.reachability",
    "ppid_audit.checks.service",
)
