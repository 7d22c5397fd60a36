"""contrib/: the nightly script writes every report and fix list; the systemd units are well-formed."""

from __future__ import annotations

import configparser
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests" / "reports"))

from reports_fixture import build  # noqa: E402


def test_nightly_script_writes_reports_and_fix_lists(tmp_path: Path) -> None:
    db = tmp_path / "audit.db"
    build(db)
    # A stand-in for the audit itself (it would need the network); every other step is the real CLI.
    shim = tmp_path / "ppid-audit"
    shim.write_text(
        "#!/bin/sh\n"
        f'if [ "$1" = run ]; then echo "run: skipped in this test"; exit 0; fi\n'
        f'exec {sys.executable} -m ppid_audit "$@"\n'
    )
    shim.chmod(0o755)
    env = {**os.environ, "PPID_AUDIT": str(shim), "PPID_AUDIT_DB": str(db), "PPID_SITES": str(ROOT / "sites.toml"),
           "PPID_REPORTS": str(tmp_path / "reports"), "PPID_KEEP_DAYS": "36500"}
    done = subprocess.run(["bash", str(ROOT / "contrib" / "ppid-audit-nightly.sh")], env=env, capture_output=True,
                          text=True, timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr
    (night,) = (tmp_path / "reports").iterdir()
    names = {p.name for p in night.iterdir()}
    assert {"ranking.html", "ranking.xlsx", "trend.html", "changes.xlsx", "komisi.xlsx", "perbaikan"} <= names
    assert len(list((night / "perbaikan").glob("perbaikan-*.html"))) == 4
    assert done.stdout.strip().splitlines()[-1].startswith("ppid-audit nightly: reports in")


def test_systemd_units_parse_and_point_at_the_script() -> None:
    for name in ("ppid-audit.service", "ppid-audit.timer"):
        cp = configparser.ConfigParser(strict=False, interpolation=None)
        cp.read(ROOT / "contrib" / "systemd" / name)
        assert cp.sections()
    service = (ROOT / "contrib" / "systemd" / "ppid-audit.service").read_text()
    assert "ExecStart=/srv/ppid-audit/contrib/ppid-audit-nightly.sh" in service
    assert os.access(ROOT / "contrib" / "ppid-audit-nightly.sh", os.X_OK)
