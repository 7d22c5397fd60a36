"""The tables of the result store (SQLAlchemy Core).

Every run keeps its own rows, so trends over months are plain queries::

    sites        one row per registered site (latest registry values)
    runs         one row per audit run; status incomplete -> complete
    site_runs    one row per site per run: audited or tidak dapat diaudit, counts
    fetches      one row per URL requested (or refused: robots, private address)
    links        unique link targets per site per run, with the first page and label
    results      one row per check verdict (check id and version kept)
    evidence     what decided each verdict: URL, time, HTTP status, digest, snippet
    scores       estimate of the website indicators per site per run (migration 2)

No HTML body is stored: ``fetches.digest`` (sha256) identifies the content.
Times are stored as UTC; ``store.db.as_utc`` normalises what SQLite returns.
The schema changes only through numbered migrations (``migrations.py``).
"""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    Column,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)

metadata = MetaData()

schema_migrations = Table(
    "schema_migrations",
    metadata,
    Column("version", Integer, primary_key=True, autoincrement=False),
    Column("name", String(200), nullable=False),
    Column("applied_at", DateTime(timezone=True), nullable=False),
)

sites = Table(
    "sites",
    metadata,
    Column("id", String(100), primary_key=True),
    Column("name", Text, nullable=False),
    Column("level", String(20), nullable=False),
    Column("role", String(20), nullable=False),
    Column("parent_id", String(100)),
    Column("province", String(100)),
    Column("start_url", Text, nullable=False),
    Column("verified", Boolean, nullable=False),
    Column("updated_at", DateTime(timezone=True), nullable=False),
)

runs = Table(
    "runs",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("started_at", DateTime(timezone=True), nullable=False),
    Column("finished_at", DateTime(timezone=True)),
    # incomplete until the run finishes; a killed run stays incomplete
    Column("status", String(20), nullable=False),
    Column("audit_date", String(10), nullable=False),  # ISO date staleness is judged against
    Column("registry_name", Text, nullable=False, default=""),
    Column("registry_path", Text, nullable=False, default=""),
    Column("tool_version", String(40), nullable=False),
    Column("settings_json", Text, nullable=False, default="{}"),
    Column("checks_json", Text, nullable=False, default="[]"),  # [{id, version}] run
    Column("n_sites", Integer, nullable=False, default=0),
    Column("note", Text, nullable=False, default=""),
)

site_runs = Table(
    "site_runs",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("run_id", Integer, ForeignKey("runs.id", ondelete="CASCADE"), nullable=False),
    Column("site_id", String(100), ForeignKey("sites.id"), nullable=False),
    Column("started_at", DateTime(timezone=True), nullable=False),
    Column("finished_at", DateTime(timezone=True), nullable=False),
    # audited | tidak_dapat_diaudit
    Column("status", String(30), nullable=False),
    Column("reason", Text, nullable=False, default=""),
    Column("start_url", Text, nullable=False),
    Column("final_url", Text),
    Column("pages", Integer, nullable=False, default=0),
    Column("fetches", Integer, nullable=False, default=0),
    Column("fetch_errors", Integer, nullable=False, default=0),
    Column("budget_exhausted", Boolean, nullable=False, default=False),
    Column("n_pass", Integer, nullable=False, default=0),
    Column("n_fail", Integer, nullable=False, default=0),
    Column("n_warn", Integer, nullable=False, default=0),
    Column("n_error", Integer, nullable=False, default=0),
    Column("n_na", Integer, nullable=False, default=0),
    UniqueConstraint("run_id", "site_id", name="uq_site_runs_run_site"),
)

fetches = Table(
    "fetches",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("run_id", Integer, ForeignKey("runs.id", ondelete="CASCADE"), nullable=False),
    Column("site_id", String(100), ForeignKey("sites.id"), nullable=False),
    Column("url", Text, nullable=False),
    Column("final_url", Text),
    Column("kind", String(20), nullable=False),
    Column("method", String(10), nullable=False),
    Column("status", Integer),
    Column("content_type", String(200)),
    Column("declared_size", Integer),
    Column("size", Integer, nullable=False, default=0),
    Column("digest", String(80)),
    Column("encoding", String(40)),
    Column("encoding_source", String(20)),
    Column("last_modified", String(80)),
    Column("elapsed_ms", Integer, nullable=False, default=0),
    Column("fetched_at", DateTime(timezone=True), nullable=False),
    Column("depth", Integer, nullable=False, default=0),
    Column("referrer", Text),
    Column("error", String(40)),
    Column("error_detail", Text),
    Column("truncated", Boolean, nullable=False, default=False),
    Column("redirects_json", Text, nullable=False, default="[]"),
    Column("title", Text),  # page title, for HTML pages
    Column("rendered", String(20)),  # why the page was rendered in headless Chromium (migration 5); NULL: static
)
Index("ix_fetches_run_site", fetches.c.run_id, fetches.c.site_id)

links = Table(
    "links",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("run_id", Integer, ForeignKey("runs.id", ondelete="CASCADE"), nullable=False),
    Column("site_id", String(100), ForeignKey("sites.id"), nullable=False),
    Column("from_url", Text, nullable=False),  # first page the link was seen on
    Column("to_url", Text, nullable=False),
    Column("text", Text, nullable=False, default=""),
    Column("tag", String(10), nullable=False, default="a"),
    Column("in_nav", Boolean, nullable=False, default=False),
    Column("menu_path", Text, nullable=False, default=""),  # labels joined by " > "
    Column("occurrences", Integer, nullable=False, default=1),
)
Index("ix_links_run_site", links.c.run_id, links.c.site_id)

results = Table(
    "results",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("run_id", Integer, ForeignKey("runs.id", ondelete="CASCADE"), nullable=False),
    Column("site_id", String(100), ForeignKey("sites.id"), nullable=False),
    Column("check_id", String(100), nullable=False),
    Column("check_version", Integer, nullable=False),
    Column("item", String(200), nullable=False, default=""),
    Column("status", String(20), nullable=False),
    Column("severity", String(20), nullable=False),
    Column("indicator", String(60), nullable=False),
    Column("message", Text, nullable=False),
    Column("message_en", Text, nullable=False, default=""),
    Column("value", Float),
)
Index("ix_results_run_site", results.c.run_id, results.c.site_id)
Index("ix_results_site_check", results.c.site_id, results.c.check_id)
# Migration 3: status changes of one site's check items over runs, read by the trend report.
Index("ix_results_site_check_item_run", results.c.site_id, results.c.check_id, results.c.item, results.c.run_id, results.c.status)

evidence = Table(
    "evidence",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("result_id", Integer, ForeignKey("results.id", ondelete="CASCADE"), nullable=False),
    Column("url", Text, nullable=False),
    Column("fetched_at", DateTime(timezone=True)),
    Column("http_status", Integer),
    Column("digest", String(80)),
    Column("snippet", Text, nullable=False, default=""),
    Column("note", Text, nullable=False, default=""),
)
Index("ix_evidence_result", evidence.c.result_id)

# Added by migration 2: the estimate of the website indicators, written with the
# results of each site (``writer._write_site``) so reports only read.  One row
# per indicator plus one with indicator "overall"; ``score`` is NULL when the
# site could not be audited (band "tidak_dapat_diaudit") or nothing was scored
# (band "tidak_dinilai").  ``detail_json`` says how the score was computed.
scores = Table(
    "scores",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("run_id", Integer, ForeignKey("runs.id", ondelete="CASCADE"), nullable=False),
    Column("site_id", String(100), ForeignKey("sites.id"), nullable=False),
    Column("indicator", String(60), nullable=False),
    Column("score", Float, nullable=True),
    Column("band", String(40), nullable=False),
    Column("detail_json", Text, nullable=False, default="{}"),
    UniqueConstraint("run_id", "site_id", "indicator", name="uq_scores_run_site_indicator"),
)
# Added by migration 4: the WARC file of each site in each run (store/archive.py).
# ``path`` is relative to the archive folder; ``records`` and ``bytes`` as written.
archives = Table(
    "archives",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("run_id", Integer, ForeignKey("runs.id", ondelete="CASCADE"), nullable=False),
    Column("site_id", String(100), ForeignKey("sites.id"), nullable=False),
    Column("path", Text, nullable=False),
    Column("records", Integer, nullable=False, default=0),
    Column("bytes", Integer, nullable=False, default=0),
    Column("created_at", DateTime(timezone=True), nullable=False),
    UniqueConstraint("run_id", "site_id", name="uq_archives_run_site"),
)

# Added by migration 5: the work queue of a planned run (store/queue.py), one job per site.
# A worker claims a job with a lease it renews while it audits; an expired lease
# (a killed worker) makes the job claimable again.
jobs = Table(
    "jobs",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("run_id", Integer, ForeignKey("runs.id", ondelete="CASCADE"), nullable=False),
    Column("site_id", String(100), ForeignKey("sites.id"), nullable=False),
    Column("status", String(20), nullable=False),  # pending | claimed | done
    Column("worker", String(200), nullable=False, default=""),
    Column("attempts", Integer, nullable=False, default=0),
    Column("claimed_at", DateTime(timezone=True)),
    Column("lease_until", DateTime(timezone=True)),
    Column("finished_at", DateTime(timezone=True)),
    UniqueConstraint("run_id", "site_id", name="uq_jobs_run_site"),
)
Index("ix_jobs_run_status", jobs.c.run_id, jobs.c.status)

# Both indexes carry the score so trend and league-table queries never read the table rows.
Index("ix_scores_site_indicator_run", scores.c.site_id, scores.c.indicator, scores.c.run_id, scores.c.score)
Index("ix_scores_run_indicator_site", scores.c.run_id, scores.c.indicator, scores.c.site_id, scores.c.score)
