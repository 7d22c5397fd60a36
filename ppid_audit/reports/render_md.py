"""Markdown rendering of the fix list: pasteable into an e-mail, a ticket or a chat."""

from __future__ import annotations

from typing import Any

from .i18n import check_title, fmt_score, message, t


def _md(text: Any) -> str:
    """Text from a crawled site, made inert in Markdown (no links, images or emphasis)."""
    s = str(text or "").replace("\n", " ")
    for ch in "\\`*_[]<>#|!":
        s = s.replace(ch, "\\" + ch)
    return s


def render_fixes_md(data: dict[str, Any], *, lang: str = "id", catalog: dict[str, dict[str, str]] | None = None) -> str:
    """The fix list of one site as Markdown."""
    catalog = catalog or {}
    site, run = data["site"], data["run"]
    out = [f"# {t(lang, 'fixes_title')}: {_md(site['name'])} ({site['site_id']})", ""]
    out.append(f"{t(lang, 'run')} #{run['id']} · {t(lang, 'audit_date')} {run['audit_date']} · <{site['url']}>")
    out.append(f"{data['counts']['fail']} {t(lang, 'to_fix')} · {data['counts']['warn']} {t(lang, 'to_verify')}")
    out.append("")
    if data["site_status"] == "tidak_dapat_diaudit":
        out += [f"**{t(lang, 'site_unreachable')}** {_md(data['reason'])}. {t(lang, 'site_unreachable_fix')}", ""]
    for g in data["groups"]:
        head = t(lang, "new_page_needed") if g["new_page"] else f"{t(lang, 'page_to_change')}: <{g['page']}>"
        out += [f"## {head}", ""]
        for f in g["fixes"]:
            gain = fmt_score(f["score_gain"], lang)
            out.append(f"- [ ] **{t(lang, f['status'])}** ({t(lang, f['severity'])}, +{gain}): {_md(message(lang, f))}")
            extra = [f"{_md(check_title(lang, f['check_id'], catalog))} (`{f['check_id']}`)"]
            if f["regulation"]:
                extra.append(f"{t(lang, 'regulation')}: {_md(f['regulation'])}")
            if f["url"]:
                extra.append(f"{t(lang, 'evidence')}: <{f['url']}>")
            extra.append(f"{t(lang, 'failing_since')} {f['since_date']}")
            out.append("  " + " · ".join(extra))
        out.append("")
    if not data["groups"] and data["site_status"] != "tidak_dapat_diaudit":
        out += [t(lang, "nothing_to_fix"), ""]
    out += [f"## {t(lang, 'fixed')} ({len(data['fixed'])})", ""]
    for f in data["fixed"]:
        out.append(f"- {_md(check_title(lang, f['check_id'], catalog))} ({f['item'] or '-'}): {t(lang, f['before'])} → {t(lang, 'pass')}")
    if not data["fixed"]:
        out.append(t(lang, "nothing"))
    out += ["", f"_{t(lang, 'estimate_note')}_", ""]
    return "\n".join(out)
