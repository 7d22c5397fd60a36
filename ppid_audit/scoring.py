"""The estimate of the website indicators ("perkiraan indikator website").

This is an *estimate* of the four website indicators of the older Monev
method (``models.INDICATORS``), computed from check verdicts; it is never the
official Monev score of the Komisi Informasi, and every report says so.

How a score is computed (weights in ``checks/weights.toml``):

* every result of a check earns a credit by status (pass 1, warn 0.5,
  fail 0); ``error`` and ``not_applicable`` are left out of the denominator;
* a check weighs ``[checks]."id"`` or, by default, the weight of its severity
  (critical 5, high 3, medium 2, low 1, info 0); its scored results share
  that weight equally (a check with ``item``s gives several results);
* indicator score = 100 * sum(weight * credit) / sum(weight);
* overall = the indicator scores averaged with the indicator weights, over the
  indicators that have a score (the others are listed in the detail).

Scores are rounded to two decimals and the band is read from the rounded
score, so the shown number and the band always agree: 90.00 is Informatif,
89.95 and 89.99 are Menuju Informatif, 80.00 is Menuju Informatif, 79.99 is
Cukup Informatif, 40.00 is Kurang Informatif and 39.99 Tidak Informatif.

A site that could not be audited gets no score (``None``, NULL in the store)
and the status ``tidak_dapat_diaudit``, never a zero that looks like a verdict.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .checking import CheckOutcome
from .errors import ConfigError
from .models import INDICATORS, Severity, Status

__all__ = [
    "BANDS",
    "OVERALL",
    "SiteScore",
    "Weights",
    "band_of",
    "default_weights_path",
    "load_weights",
    "score_site",
]

OVERALL = "overall"
SCORED = "dinilai"  # the site was audited and has a score
NOT_AUDITABLE = "tidak_dapat_diaudit"  # the start URL could not be fetched: no score
NOT_SCORED = "tidak_dinilai"  # audited, but no result earned a credit: no score

# (band key, lowest score of the band), highest first; the band of a score is
# the first whose lower edge it reaches.
BANDS: tuple[tuple[str, float], ...] = (
    ("informatif", 90.0),
    ("menuju_informatif", 80.0),
    ("cukup_informatif", 60.0),
    ("kurang_informatif", 40.0),
    ("tidak_informatif", float("-inf")),
)

DEFAULT_SEVERITY = {"critical": 5.0, "high": 3.0, "medium": 2.0, "low": 1.0, "info": 0.0}
DEFAULT_STATUS = {"pass": 1.0, "warn": 0.5, "fail": 0.0}


def band_of(score: float | None) -> str | None:
    """The band key of a (rounded) score; None for no score."""
    if score is None:
        return None
    for key, low in BANDS:
        if score >= low:
            return key
    return BANDS[-1][0]  # pragma: no cover


@dataclass(frozen=True, kw_only=True)
class Weights:
    """How much indicators, checks and statuses count (see ``checks/weights.toml``)."""

    indicators: Mapping[str, float] = field(default_factory=lambda: {k: 25.0 for k in INDICATORS})
    severity: Mapping[str, float] = field(default_factory=lambda: dict(DEFAULT_SEVERITY))
    status: Mapping[str, float] = field(default_factory=lambda: dict(DEFAULT_STATUS))
    checks: Mapping[str, float] = field(default_factory=dict)
    source: str = "built-in defaults"

    def check_weight(self, check_id: str, severity: Severity | str) -> float:
        """The weight of one check: its override, else its severity's weight."""
        if check_id in self.checks:
            return float(self.checks[check_id])
        return float(self.severity.get(str(severity), 0.0))

    def as_dict(self) -> dict[str, Any]:
        """JSON-able form, shown in reports under "how scores are computed"."""
        return {
            "source": self.source,
            "indicators": dict(self.indicators),
            "severity": dict(self.severity),
            "status": dict(self.status),
            "checks": dict(self.checks),
            "bands": [{"band": k, "min": (None if low == float("-inf") else low)} for k, low in BANDS],
        }


def default_weights_path() -> Path:
    """The bundled ``weights.toml`` (``checks/weights.toml`` in the repository)."""
    from importlib import resources

    with resources.as_file(resources.files("ppid_audit.checks").joinpath("weights.toml")) as path:
        return Path(path)


def _numbers(table: Any, where: str, path: Path) -> dict[str, float]:
    if not isinstance(table, dict):
        raise ConfigError(f"{path}: [{where}] must be a table")
    out: dict[str, float] = {}
    for k, v in table.items():
        if isinstance(v, bool) or not isinstance(v, (int, float)) or v < 0:
            raise ConfigError(f"{path}: [{where}] {k} must be a number >= 0, not {v!r}")
        out[str(k)] = float(v)
    return out


def load_weights(path: Path | str | None = None) -> Weights:
    """Read the weights file (``checks/weights.toml`` by default).

    Missing tables fall back to the defaults.  Raises ``ConfigError`` on a
    broken or missing file (a missing bundled file means a broken install).
    """
    p = Path(path) if path is not None else default_weights_path()
    if not p.is_file():
        raise ConfigError(f"weights file not found: {p}")
    try:
        data = tomllib.loads(p.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{p}: not valid TOML: {exc}") from exc
    indicators = _numbers(data.get("indicators", {k: 25.0 for k in INDICATORS}), "indicators", p)
    unknown = sorted(set(indicators) - set(INDICATORS))
    if unknown:
        raise ConfigError(f"{p}: unknown indicator(s) {unknown}; use {sorted(INDICATORS)}")
    if not any(indicators.values()):
        raise ConfigError(f"{p}: every indicator weight is zero")
    severity = {**DEFAULT_SEVERITY, **_numbers(data.get("severity", {}), "severity", p)}
    status = {**DEFAULT_STATUS, **_numbers(data.get("status", {}), "status", p)}
    bad = sorted(set(status) - {"pass", "warn", "fail"})
    if bad or any(v > 1 for v in status.values()):
        raise ConfigError(f"{p}: [status] takes pass, warn and fail credits between 0 and 1")
    return Weights(
        indicators=indicators,
        severity=severity,
        status=status,
        checks=_numbers(data.get("checks", {}), "checks", p),
        source=str(p.name),
    )


@dataclass(frozen=True, kw_only=True)
class SiteScore:
    """Scores of one site in one run: per indicator and overall, with the computation."""

    status: str  # dinilai | tidak_dapat_diaudit | tidak_dinilai
    overall: float | None
    band: str | None
    indicators: Mapping[str, float | None]
    detail: Mapping[str, Any]  # per indicator and "overall": JSON-able
    reason: str = ""

    def rows(self) -> list[dict[str, Any]]:
        """One row per indicator plus "overall": indicator, score, band, detail."""
        out = []
        for ind in [*INDICATORS, OVERALL]:
            score = self.overall if ind == OVERALL else self.indicators.get(ind)
            band = band_of(score) if score is not None else (self.status if self.status != SCORED else NOT_SCORED)
            out.append({"indicator": ind, "score": score, "band": band, "detail": self.detail.get(ind, {})})
        return out


def _indicator(
    indicator: str, outcomes: Sequence[CheckOutcome], weights: Weights
) -> tuple[float | None, dict[str, Any]]:
    num = den = 0.0
    checks: list[dict[str, Any]] = []
    for o in outcomes:
        if o.check.indicator != indicator:
            continue
        w = weights.check_weight(o.check.id, o.check.severity)
        counts: dict[str, int] = {}
        credits: list[float] = []
        for r in o.results:
            s = str(r.status)
            counts[s] = counts.get(s, 0) + 1
            if s in weights.status and r.status not in (Status.ERROR, Status.NOT_APPLICABLE):
                credits.append(weights.status[s])
        credit = sum(credits) / len(credits) if credits else None
        if credit is not None and w > 0:
            num += w * credit
            den += w
        checks.append(
            {
                "check": o.check.id,
                "severity": str(o.check.severity),
                "weight": w,
                "results": len(o.results),
                "scored": len(credits),
                "statuses": counts,
                "credit": None if credit is None else round(credit, 4),
                "counted": credit is not None and w > 0,
            }
        )
    score = round(100.0 * num / den, 2) if den > 0 else None
    detail = {
        "indicator": indicator,
        "weight": float(weights.indicators.get(indicator, 0.0)),
        "score": score,
        "band": band_of(score),
        "weight_sum": den,
        "credit_sum": round(num, 4),
        "checks": checks,
    }
    return score, detail


def score_site(
    outcomes: Sequence[CheckOutcome],
    weights: Weights,
    *,
    auditable: bool = True,
    reason: str = "",
) -> SiteScore:
    """Score one site from its check outcomes (pure: no I/O).

    ``auditable=False`` (the start URL could not be fetched) gives no score and
    the status ``tidak_dapat_diaudit``; an audited site none of whose results
    earns a credit gets the status ``tidak_dinilai`` and no score either.
    """
    detail: dict[str, Any] = {}
    if not auditable:
        for ind in INDICATORS:
            detail[ind] = {"indicator": ind, "score": None, "status": NOT_AUDITABLE, "reason": reason}
        detail[OVERALL] = {"score": None, "status": NOT_AUDITABLE, "reason": reason, "weights": weights.source}
        return SiteScore(
            status=NOT_AUDITABLE,
            overall=None,
            band=None,
            indicators={k: None for k in INDICATORS},
            detail=detail,
            reason=reason,
        )
    scores: dict[str, float | None] = {}
    for ind in INDICATORS:
        scores[ind], detail[ind] = _indicator(ind, outcomes, weights)
    num = den = 0.0
    missing: list[str] = []
    for ind, s in scores.items():
        w = float(weights.indicators.get(ind, 0.0))
        if s is None:
            missing.append(ind)
        elif w > 0:
            num += w * s
            den += w
    overall = round(num / den, 2) if den > 0 else None
    status = SCORED if overall is not None else NOT_SCORED
    detail[OVERALL] = {
        "score": overall,
        "band": band_of(overall),
        "status": status,
        "weights": weights.source,
        "indicators": {ind: {"score": scores[ind], "weight": float(weights.indicators.get(ind, 0.0))} for ind in INDICATORS},
        "missing": missing,
        "status_credit": dict(weights.status),
        "formula": "sum(indicator_weight * indicator_score) / sum(indicator_weight), indicators with a score",
    }
    return SiteScore(
        status=status,
        overall=overall,
        band=band_of(overall),
        indicators=scores,
        detail=detail,
        reason=reason if overall is None else "",
    )
