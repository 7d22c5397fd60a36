"""URL normalisation, de-duplication keys, scope and classification.

Decisions (documented here because checks and reports rely on them):

* ``normalize_url`` returns the URL we request: scheme and host lower-cased,
  default ports dropped, fragment dropped, ``.``/``..`` resolved, query
  parameters sorted, tracking and session parameters dropped, raw spaces and
  non-ASCII percent-encoded (existing ``%XX`` escapes are kept as they are).
  Only http and https URLs survive; ``mailto:``, ``tel:``, ``javascript:``,
  ``data:`` and the like give None.
* ``dedupe_key`` is stricter and only decides "have we seen this page":
  ``/index.php/x`` and ``/x`` are the same page (CodeIgniter and Joomla serve
  both), ``/index.php``, ``/index.html`` and ``/`` too, ``www.`` is ignored and
  the ``lang`` parameter is dropped.  The URL requested is always the one the
  site linked first, so a site without URL rewriting still works.
* A link whose ``lang``/``language``/``hl`` parameter names a language other
  than Indonesian is not crawled (``is_foreign_language``): PPID obligations are
  judged on the Indonesian pages, and bilingual sites would double the crawl.
"""

from __future__ import annotations

import posixpath
import re
from urllib.parse import parse_qsl, quote, urlencode, urljoin, urlsplit, urlunsplit

from ..models import Site

__all__ = [
    "ASSET_EXTENSIONS",
    "DOCUMENT_EXTENSIONS",
    "DOCUMENT_TYPES",
    "dedupe_key",
    "host_key",
    "in_scope",
    "is_asset",
    "is_document_type",
    "is_document_url",
    "is_foreign_language",
    "normalize_url",
    "origin",
    "path_pattern",
    "scope_entries",
]

DOCUMENT_EXTENSIONS = frozenset(
    ".pdf .doc .docx .xls .xlsx .ppt .pptx .odt .ods .odp .rtf .csv .zip .rar .7z".split()
)
ASSET_EXTENSIONS = frozenset(
    (
        ".jpg .jpeg .png .gif .bmp .webp .svg .ico .tif .tiff .css .js .mjs .json .map "
        ".woff .woff2 .ttf .eot .otf .mp3 .mp4 .m4a .wav .ogg .webm .avi .mov .mkv .flv .wmv "
        ".apk .exe .msi .dmg .iso .gz .tgz .bz2 .xz"
    ).split()
)
DOCUMENT_TYPES = frozenset(
    {
        "application/pdf",
        "application/msword",
        "application/rtf",
        "application/zip",
        "application/x-zip-compressed",
        "application/vnd.rar",
        "application/x-rar-compressed",
        "application/x-7z-compressed",
        "text/csv",
        "application/vnd.ms-excel",
        "application/vnd.ms-powerpoint",
    }
)
_DOCUMENT_TYPE_PREFIXES = (
    "application/vnd.openxmlformats-officedocument.",
    "application/vnd.oasis.opendocument.",
)

# Query parameters that never change the content: analytics, click ids,
# session ids and CSRF tokens (matched case-insensitively).
TRACKING_PARAMS = frozenset(
    {
        "fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "igshid", "mc_cid",
        "mc_eid", "_ga", "_gl", "_hsenc", "_hsmi", "ref_src", "phpsessid", "sid", "sessionid",
        "session_id", "jsessionid", "aspsessionid", "cfid", "cftoken", "csrf_test_name",
        "csrf_token", "csrfmiddlewaretoken", "_token", "token_csrf", "ci_session", "_wpnonce",
    }
)
_TRACKING_PREFIXES = ("utm_", "aspsessionid", "pk_", "hsa_")
LANG_PARAMS = frozenset({"lang", "language", "hl", "locale"})
_INDONESIAN = frozenset({"", "id", "in", "ind", "id-id", "id_id", "indonesia", "bahasa"})
_SCHEMES = frozenset({"http", "https"})
_DEFAULT_PORTS = {"http": 80, "https": 443}
# Characters left alone when percent-encoding (RFC 3986 reserved + unreserved + '%').
_SAFE_PATH = "/:@!$&'()*+,;=-._~%"
_BAD_PERCENT = re.compile(r"%(?![0-9A-Fa-f]{2})")
_SESSION_IN_PATH = re.compile(r";(?:jsessionid|phpsessid|sid)=[^/?#]*", re.IGNORECASE)
_INDEX_FILE = re.compile(r"/(?:index|default)\.(?:php|html?|aspx?|jsp)$", re.IGNORECASE)
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_PERCENT = re.compile(r"%[0-9a-f]{2}", re.IGNORECASE)
_DIGITS = re.compile(r"\d+")


def _is_tracking(name: str) -> bool:
    low = name.lower()
    return low in TRACKING_PARAMS or low.startswith(_TRACKING_PREFIXES)


def _encode(part: str, safe: str) -> str:
    part = _BAD_PERCENT.sub("%25", part)
    return quote(part, safe=safe, encoding="utf-8", errors="strict")


def _remove_dot_segments(path: str) -> str:
    if not path:
        return "/"
    trailing = path.endswith(("/", "/.", "/.."))
    norm = posixpath.normpath(path)
    norm = "/" + norm.lstrip("/")  # normpath keeps a leading "//"
    if trailing and not norm.endswith("/"):
        norm += "/"
    return norm


def _host(netloc_host: str) -> str | None:
    host = netloc_host.strip().rstrip(".").lower()
    if not host:
        return None
    try:
        host.encode("ascii")
    except UnicodeEncodeError:
        try:
            host = host.encode("idna").decode("ascii")
        except UnicodeError:
            return None
    if any(c in host for c in " <>\"{}|\\^`"):
        return None
    return host


def normalize_url(url: str, base: str | None = None) -> str | None:
    """The canonical absolute form of ``url`` (resolved against ``base``), or None.

    None for empty, unparseable and non-http(s) URLs (mailto:, tel:,
    javascript:, data:, ftp: ...).
    """
    url = _CONTROL.sub("", (url or "").strip()).replace("\\", "/")
    if not url and base is None:
        return None
    try:
        joined = urljoin(base, url) if base else url
        parts = urlsplit(joined)
        scheme = parts.scheme.lower()
        if scheme not in _SCHEMES or not parts.hostname:
            return None
        host = _host(parts.hostname)
        port = parts.port
    except ValueError:
        return None
    if host is None:
        return None
    if ":" in host:  # IPv6 literal
        host = f"[{host}]"
    netloc = host if port is None or port == _DEFAULT_PORTS[scheme] else f"{host}:{port}"
    path = _SESSION_IN_PATH.sub("", parts.path)
    path = _encode(_remove_dot_segments(path), _SAFE_PATH)
    pairs = [
        (k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k and not _is_tracking(k)
    ]
    pairs.sort()
    query = urlencode(pairs, quote_via=quote, safe="/:@!$'()*,;-._~")
    path = _PERCENT.sub(lambda m: m.group(0).upper(), path)
    return urlunsplit((scheme, netloc, path, query, ""))


def host_key(host: str) -> str:
    """A host name without ``www.`` and port, lower case (scope comparisons)."""
    host = host.lower().split("@")[-1]
    if host.startswith("["):
        host = host[1:].split("]")[0]
    elif host.count(":") == 1:
        host = host.split(":")[0]
    return host.removeprefix("www.")


def origin(url: str) -> str:
    """``scheme://host[:port]`` of an absolute URL."""
    p = urlsplit(url)
    return f"{p.scheme}://{p.netloc}"


def dedupe_key(url: str) -> str:
    """The identity of a page for "seen before" decisions (see module docstring)."""
    p = urlsplit(url)
    path = _INDEX_FILE.sub("/", p.path)
    path = re.sub(r"/index\.php(?=/)", "", path, count=1, flags=re.IGNORECASE)
    if len(path) > 1:
        path = path.rstrip("/") or "/"
    query = "&".join(
        part for part in p.query.split("&") if part and part.split("=")[0].lower() not in LANG_PARAMS
    )
    return f"{host_key(p.netloc)}:{p.port or ''}{path}?{query}"


def is_foreign_language(url: str) -> bool:
    """True when the URL asks for a language other than Indonesian (``?lang=en``)."""
    for k, v in parse_qsl(urlsplit(url).query, keep_blank_values=True):
        if k.lower() in LANG_PARAMS and v.lower() not in _INDONESIAN:
            return True
    return False


def scope_entries(site: Site) -> list[tuple[str, str]]:
    """``(host_key, path_prefix)`` pairs of a site: ``scope`` or the start host, plus aliases."""
    entries: list[tuple[str, str]] = []
    raw = list(site.scope) or [urlsplit(site.start_url.strip()).netloc]
    for item in raw:
        item = re.sub(r"^[a-z][a-z0-9+.-]*://", "", item.strip(), flags=re.IGNORECASE)
        host, _, path = item.partition("/")
        if host:
            entries.append((host_key(host), "/" + path if path else "/"))
    for alias in site.aliases:
        alias = re.sub(r"^[a-z][a-z0-9+.-]*://", "", alias.strip(), flags=re.IGNORECASE)
        if alias:
            entries.append((host_key(alias.split("/")[0]), "/"))
    return entries


def in_scope(url: str, site: Site, extra_hosts: tuple[str, ...] = ()) -> bool:
    """True when ``url`` belongs to ``site`` (scope entries, aliases, ``www.`` ignored)."""
    p = urlsplit(url)
    if p.scheme not in _SCHEMES or not p.netloc:
        return False
    host = host_key(p.netloc)
    path = p.path or "/"
    if host in extra_hosts:
        return True
    for h, prefix in scope_entries(site):
        if host == h and (prefix == "/" or path == prefix.rstrip("/") or path.startswith(prefix.rstrip("/") + "/")):
            return True
    return False


def _extension(url: str) -> str:
    path = urlsplit(url).path.lower()
    return posixpath.splitext(path.rsplit("/", 1)[-1])[1]


def is_document_url(url: str) -> bool:
    """True for links to office documents and archives (by extension)."""
    return _extension(url) in DOCUMENT_EXTENSIONS


def is_asset(url: str) -> bool:
    """True for images, styles, scripts and media: neither crawled nor checked."""
    return _extension(url) in ASSET_EXTENSIONS


def is_document_type(content_type: str | None) -> bool:
    """True for the media types of documents (PDF, office formats, archives)."""
    if not content_type:
        return False
    return content_type in DOCUMENT_TYPES or content_type.startswith(_DOCUMENT_TYPE_PREFIXES)


def path_pattern(url: str) -> str:
    """Host and path with digit runs replaced by ``N`` (``/berita/page/N``): trap grouping."""
    p = urlsplit(url)
    return host_key(p.netloc) + _DIGITS.sub("N", p.path)
