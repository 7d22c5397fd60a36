"""URLs, in one place: the canonical form, joining links, host keys, site scope, document types.

Every stage uses this module (the registry for scopes, the crawler for what to
fetch and when two URLs are the same page, the page model for its links, the
checks for "is this a document"), so a URL a page links to and the URL the
crawler fetched compare equal as strings.  It imports nothing of the flow.

The canonical form (``normalise``), the decisions:

* only ``http`` and ``https``; anything else (``mailto:``, ``tel:``,
  ``javascript:``, ``data:``, ``ftp:`` ...) and unparseable URLs give None;
* surrounding whitespace, tabs, newlines and control characters removed and
  ``\\`` read as ``/`` (as browsers do);
* scheme and host lower-cased, the host in IDNA (``bücher`` -> ``xn--bcher-kva``)
  and without a trailing dot, default ports (80, 443) dropped;
* user info (``user:pass@``) dropped: we never send credentials found in a
  page, and the same page must not get two keys;
* fragment dropped, except a client-side route (``#/ppid/profil``, AngularJS's ``#!/ppid``): on a hash-routed
  single-page app that is the page, so it is kept (``route_of``); dot segments resolved and empty segments collapsed
  (``/a//b/../c`` -> ``/a/c``); an empty path is ``/``; session ids in path
  parameters (``;jsessionid=...``) dropped;
* percent-encoding normalised: raw spaces and non-ASCII characters encoded as
  UTF-8 the way browsers do (w3lib's ``safe_url_string``, the URL Living
  Standard), escapes upper-cased (``%c3`` -> ``%C3``), escapes of unreserved
  characters decoded (``%7E`` -> ``~``), and a ``%`` that starts no escape
  encoded as ``%25`` (``100%.pdf`` is a file name, and servers answer 400 to
  a bare ``%``);
* query: tracking, session and CSRF parameters dropped (``utm_*``,
  ``fbclid``, ``gclid``, ``PHPSESSID``, ``_token`` ..., see
  ``TRACKING_PARAMS``), empty pairs dropped, the rest **sorted** by name then
  value and otherwise kept byte for byte (``+`` stays ``+``).  Sorting makes
  ``?a=1&b=2`` and ``?b=2&a=1`` one page; the PHP, Laravel, CodeIgniter,
  WordPress and ASP.NET servers PPID sites run on read the query as a map, so
  order never changes the page.

``dedupe_key`` is stricter and only decides "have we seen this page"
(``/index.php/x`` = ``/x``, ``www.`` ignored, scheme ignored, ``lang`` dropped);
the URL fetched is always the canonical form of the one the site linked.

w3lib (Scrapy's URL library) is used for what it does right and we would
otherwise hand-roll: percent-encoding of unsafe characters per the URL Living
Standard and IDNA (``safe_url_string``).  It runs only for URLs that are not
already plain ASCII; ``canonicalize_url`` is not used: it keeps default ports
and user info, leaves a bare ``%`` and turns query spaces into ``+``, and at
~25 µs a URL it would be the page model's largest cost (see ``normalise``).
``url_query_cleaner`` matches parameter names exactly, not ``utm_*``.
"""

from __future__ import annotations

import functools
import ipaddress
import posixpath
import re
from collections.abc import Iterable
from dataclasses import dataclass
from urllib.parse import unquote, unquote_plus, urljoin, urlsplit

from w3lib.url import safe_url_string

__all__ = [
    "ASSET_KINDS",
    "DOCUMENT_HOSTS",
    "DOCUMENT_KINDS",
    "DOCUMENT_MEDIA_TYPES",
    "FILE_KINDS",
    "TRACKING_PARAMS",
    "Scope",
    "dedupe_key",
    "file_kind",
    "file_name",
    "host_key",
    "is_asset",
    "is_developer_address",
    "is_filtered_view",
    "is_document_type",
    "is_document_url",
    "is_foreign_language",
    "is_hosted_document",
    "join",
    "normalise",
    "normalise_scope",
    "origin",
    "path_pattern",
]

# --------------------------------------------------------------------------- file types

#: The one table of file types, by extension of the last path segment.
FILE_KINDS: dict[str, str] = {
    ".pdf": "pdf",
    ".doc": "word", ".docx": "word", ".odt": "word", ".rtf": "word",
    ".xls": "spreadsheet", ".xlsx": "spreadsheet", ".ods": "spreadsheet", ".csv": "spreadsheet",
    ".ppt": "presentation", ".pptx": "presentation", ".odp": "presentation",
    ".zip": "archive", ".rar": "archive", ".7z": "archive",
    **dict.fromkeys((".jpg", ".jpeg", ".png", ".gif", ".bmp", ".webp", ".svg", ".ico", ".tif", ".tiff"), "image"),
    **dict.fromkeys((".css",), "style"),
    **dict.fromkeys((".js", ".mjs", ".json", ".map"), "script"),
    **dict.fromkeys((".woff", ".woff2", ".ttf", ".eot", ".otf"), "font"),
    **dict.fromkeys(
        (".mp3", ".mp4", ".m4a", ".wav", ".ogg", ".webm", ".avi", ".mov", ".mkv", ".flv", ".wmv"), "media"
    ),
    **dict.fromkeys((".apk", ".exe", ".msi", ".dmg", ".iso", ".gz", ".tgz", ".bz2", ".xz"), "binary"),
}
#: Kinds that are documents: the crawler checks they download, the checks count them as published.
DOCUMENT_KINDS = frozenset({"pdf", "word", "spreadsheet", "presentation", "archive"})
#: Kinds never crawled nor checked.  Images are assets to the crawler, but the
#: checks accept a linked image as a published document (scanned decrees).
ASSET_KINDS = frozenset({"image", "style", "script", "font", "media", "binary"})
#: Hosts where agencies publish documents instead of uploading them (Google Drive, OneDrive...).
DOCUMENT_HOSTS = (
    "drive.google.com", "docs.google.com", "onedrive.live.com", "1drv.ms", "sharepoint.com",
    "dropbox.com", "scribd.com", "issuu.com",
)
#: Media types of documents (a page URL that answers with one of these is a document).
DOCUMENT_MEDIA_TYPES = frozenset(
    {
        "application/pdf", "application/msword", "application/rtf", "application/zip",
        "application/x-zip-compressed", "application/vnd.rar", "application/x-rar-compressed",
        "application/x-7z-compressed", "text/csv", "application/vnd.ms-excel", "application/vnd.ms-powerpoint",
    }
)
_DOCUMENT_MEDIA_PREFIXES = ("application/vnd.openxmlformats-officedocument.", "application/vnd.oasis.opendocument.")

# --------------------------------------------------------------------------- query parameters

#: Query parameters that never change the content: analytics, click ids, session ids, CSRF tokens.
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

_DEFAULT_PORTS = {"http": 80, "https": 443}
_REFUSED_SCHEMES = (
    "mailto:", "tel:", "javascript:", "data:", "whatsapp:", "sms:", "file:", "about:", "blob:", "intent:",
)
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
# Already canonical when it matches and has no query, default port, dot segment or escape:
# the common case, returned without parsing.
_PLAIN = re.compile(r"(https?)://([a-z0-9][a-z0-9.-]*[a-z0-9])(?::(\d{1,5}))?(/[A-Za-z0-9\-._~:/@!$&'()*+,=]*)?")
_PERCENT = re.compile(r"%([0-9A-Fa-f]{2})")
_BAD_PERCENT = re.compile(r"%(?![0-9A-Fa-f]{2})")
_UNRESERVED = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
_SESSION_IN_PATH = re.compile(r";(?:jsessionid|phpsessid|sid)=[^/?#]*", re.IGNORECASE)
_HOST_CHARS = re.compile(r"[a-z0-9.\-_]+")
_INDEX_FILE = re.compile(r"/(?:index|default)\.(?:php|html?|aspx?|jsp)$", re.IGNORECASE)
_INDEX_PHP = re.compile(r"/index\.php(?=/)", re.IGNORECASE)
_DIGITS = re.compile(r"\d+")
_SCHEME_PREFIX = re.compile(r"^[a-z][a-z0-9+.-]*://", re.IGNORECASE)


def _is_tracking(name: str) -> bool:
    low = (unquote(name) if "%" in name else name).lower()
    return low in TRACKING_PARAMS or low.startswith(_TRACKING_PREFIXES)


def _escape(m: re.Match[str]) -> str:
    ch = chr(int(m.group(1), 16))
    return ch if ch in _UNRESERVED else "%" + m.group(1).upper()


def _percent(part: str) -> str:
    """Escapes upper-cased, unreserved ones decoded, a bare ``%`` encoded."""
    if "%" not in part:
        return part
    return _PERCENT.sub(_escape, _BAD_PERCENT.sub("%25", part))


def _path(path: str) -> str:
    if ";" in path:
        path = _SESSION_IN_PATH.sub("", path)
    path = _percent(path)
    if not path:
        return "/"
    if "/." not in path and "//" not in path:
        return path
    trailing = path.endswith(("/", "/.", "/.."))
    norm = "/" + posixpath.normpath(path).lstrip("/")  # normpath keeps a leading "//"
    if trailing and not norm.endswith("/"):
        norm += "/"
    return norm


def _query(query: str) -> str:
    pairs = []
    for piece in query.split("&"):
        name = piece.partition("=")[0]
        if name and not _is_tracking(name):
            pairs.append(_percent(piece))
    if len(pairs) > 1:
        pairs.sort(key=lambda p: p.partition("="))
    return "&".join(pairs)


def _clean(url: str) -> str:
    url = url.strip()
    if url.isprintable() and "\\" not in url:
        return url
    return _CONTROL.sub("", url).replace("\\", "/").strip()


@functools.lru_cache(maxsize=32_768)
def _canonical(url: str) -> str | None:
    """The canonical form of an absolute URL (fragment already removed)."""
    m = _PLAIN.fullmatch(url)
    if m is not None:
        scheme, host, port, path = m.groups()
        if (
            (port is None or int(port) != _DEFAULT_PORTS[scheme] and 0 < int(port) < 65536)
            and ".." not in host
            and "//" not in (path or "/")
            and "/." not in (path or "/")
        ):
            return url if path else url + "/"
    try:
        if not url.isascii() or any(c in url for c in " \"<>`{}|^[]"):
            url = safe_url_string(url)  # the browser's percent-encoding and IDNA
        parts = urlsplit(url)
        scheme = parts.scheme.lower()
        host = parts.hostname  # lower case, user info and port removed
        port = parts.port
    except (ValueError, UnicodeError):
        return None
    if scheme not in _DEFAULT_PORTS or not host:
        return None
    host = host.rstrip(".")
    if not host.isascii():
        try:
            host = host.encode("idna").decode("ascii")
        except UnicodeError:
            return None
    if ":" in host:
        try:
            host = f"[{ipaddress.IPv6Address(host).compressed}]"
        except ValueError:
            return None
    elif not _HOST_CHARS.fullmatch(host) or ".." in host:
        return None
    if port == 0:
        return None
    netloc = host if port is None or port == _DEFAULT_PORTS[scheme] else f"{host}:{port}"
    query = _query(parts.query) if parts.query else ""
    return f"{scheme}://{netloc}{_path(parts.path)}" + (f"?{query}" if query else "")


def normalise(url: str, base: str | None = None) -> str | None:
    """The canonical absolute form of ``url`` (resolved against ``base``), or None.

    See the module docstring for what canonical means.  None for empty,
    unparseable and non-http(s) URLs.  Idempotent: ``normalise(normalise(u)) == normalise(u)``.
    """
    url = _clean(url or "")
    if base is not None:
        if url[:1] == "/" and url[1:2] != "/":
            o = origin(base)  # the common case: a root-relative link
            if not o:
                return None
            url = o + url
        elif not url.lower().startswith(("http://", "https://")):
            try:
                url = urljoin(_clean(base), url)
            except ValueError:
                return None
    if not url:
        return None
    head, _, frag = url.partition("#")
    canon = _canonical(head)
    route = _route("#" + frag) if frag else ""
    return canon + route if canon is not None and route else canon


# a client-side route in the fragment: '#/ppid/profil' (React's HashRouter, Vue's hash mode), '#!/ppid' (AngularJS)
_ROUTE = re.compile(r"#!?/[^\s#]*")


def _route(fragment: str) -> str:
    """``fragment`` ('#/ppid/') as a route ('#/ppid'), or "" when it is no route or the app's root ('#/', '#!/')."""
    if not _ROUTE.fullmatch(fragment):
        return ""
    route = fragment.rstrip("/")
    return route if route not in ("#", "#!") else ""


def route_of(url: str) -> str:
    """The client-side route a canonical URL carries ('#/ppid'), or ""."""
    return url[url.index("#"):] if "#" in url else ""


def join(href: str | None, base: str) -> str | None:
    """The link ``href`` found on a page at ``base``, made absolute and canonical.

    None for an empty or ``#``-only href (it goes nowhere) and for
    ``javascript:``, ``mailto:``, ``tel:``, ``data:`` and other non-http links.
    """
    if href is None:
        return None
    href = _clean(href)
    if href[:1] == "#" and _route(href):
        # a link to a client-side route of the page's app ('#/ppid/profil'): the app's page at that route
        return normalise(base.partition("#")[0] + href)
    if not href or href[0] == "#" or href.lower().startswith(_REFUSED_SCHEMES):
        return None
    return normalise(href, base)


# --------------------------------------------------------------------------- hosts and origins


@functools.lru_cache(maxsize=4096)
def origin(url: str) -> str:
    """``scheme://host[:port]`` of an absolute URL, canonical; "" when it has none."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return ""
    if not parts.netloc:
        return ""
    root = _canonical(f"{parts.scheme}://{parts.netloc.rpartition('@')[2]}/")
    return root[:-1] if root else ""


@functools.lru_cache(maxsize=4096)
def host_key(url_or_host: str) -> str:
    """What politeness, scope and de-duplication key on: the host alone.

    Takes a URL (``https://www.X.go.id:8443/a``) or a host with or without a
    port (``www.x.go.id:8443``, ``[::1]:80``) and returns it lower case, in
    IDNA, without user info, port, IPv6 brackets, trailing dot and ``www.``
    (``x.go.id``): two sites on one server share a gate, and ``www.x`` is ``x``.
    """
    s = url_or_host.strip()
    if "://" in s:
        s = s.split("://", 1)[1]
    s = s.split("/", 1)[0].rpartition("@")[2].lower()
    if s.startswith("["):
        s = s[1:].partition("]")[0]
    elif s.count(":") == 1:
        s = s.partition(":")[0]
    s = s.rstrip(".")
    if not s.isascii():
        try:
            s = s.encode("idna").decode("ascii")
        except UnicodeError:
            pass
    return s.removeprefix("www.")


@functools.lru_cache(maxsize=16_384)
def dedupe_key(url: str) -> str:
    """The identity of a canonical URL for "seen before" decisions.

    ``/index.php/x`` is ``/x`` (CodeIgniter and Joomla serve both),
    ``/index.php``, ``/index.html`` and ``/`` are one, a trailing slash does
    not count, ``www.`` and the scheme are ignored and ``lang`` is dropped.
    """
    p = urlsplit(url)
    path = _INDEX_FILE.sub("/", p.path)
    path = _INDEX_PHP.sub("", path, count=1)
    if len(path) > 1:
        path = path.rstrip("/") or "/"
    query = "&".join(part for part in p.query.split("&") if part and part.split("=")[0].lower() not in LANG_PARAMS)
    return f"{host_key(p.netloc)}:{p.port or ''}{path}?{query}" + route_of(url)


@functools.lru_cache(maxsize=16_384)
def is_foreign_language(url: str) -> bool:
    """True when the URL asks for a language other than Indonesian (``?lang=en``)."""
    query = urlsplit(url).query
    if not query:
        return False
    for piece in query.split("&"):
        k, _, v = piece.partition("=")
        if k.lower() in LANG_PARAMS and unquote(v).lower() not in _INDONESIAN:
            return True
    return False


def path_pattern(url: str) -> str:
    """Host and path with digit runs replaced by ``N`` (``/berita/page/N``): trap grouping."""
    p = urlsplit(url)
    return host_key(p.netloc) + _DIGITS.sub("N", p.path)


# --------------------------------------------------------------------------- scope


def normalise_scope(entry: str) -> str:
    """A scope entry as the registry stores it: ``"https://Host/path/"`` -> ``"host/path"``.

    Scheme dropped, host lower-cased, no trailing slash; a whole host is
    written ``"host"``.  Query and fragment are not removed (the registry
    refuses them).
    """
    entry = _SCHEME_PREFIX.sub("", entry.strip())
    host, _, path = entry.partition("/")
    return host.lower() + ("/" + path).rstrip("/")


@dataclass(frozen=True, slots=True)
class Scope:
    """Which URLs belong to one site: ``(host key, path prefix)`` entries.

    A URL is inside when its host key (``www.`` and port ignored) equals an
    entry's and its path is the prefix or below it (``/ppid/dishub`` holds
    ``/ppid/dishub`` and ``/ppid/dishub/dip``, not ``/ppid/dishubx``).  An
    empty prefix is the whole host.  Subdomains are other sites
    (``dishub.x.go.id`` is not ``x.go.id``).
    """

    entries: tuple[tuple[str, str], ...]

    @classmethod
    def of(cls, start_url: str, scope: Iterable[str] = (), aliases: Iterable[str] = ()) -> Scope:
        """The scope of a site: its ``scope`` entries (or the start URL's whole host) plus its aliases."""
        entries: list[tuple[str, str]] = []
        items = list(scope) or [origin(start_url.strip()) or start_url]
        for item in items:
            host, _, path = normalise_scope(item).partition("/")
            if host:
                prefix = _path("/" + path).rstrip("/") if path else ""
                entries.append((host_key(host), prefix))
        for alias in aliases:
            host = normalise_scope(alias).partition("/")[0]
            if host:
                entries.append((host_key(host), ""))
        return cls(tuple(dict.fromkeys(entries)))

    def with_host(self, url_or_host: str) -> Scope:
        """This scope plus the whole host of ``url_or_host`` (the start URL redirected there)."""
        entry = (host_key(url_or_host), "")
        return self if not entry[0] or entry in self.entries else Scope((*self.entries, entry))

    def __contains__(self, url: object) -> bool:
        if not isinstance(url, str):
            return False
        try:
            p = urlsplit(url)
        except ValueError:
            return False
        if p.scheme.lower() not in _DEFAULT_PORTS or not p.netloc:
            return False
        host, path = host_key(p.netloc), p.path or "/"
        for h, prefix in self.entries:
            if host == h and (not prefix or path == prefix or path.startswith(prefix + "/")):
                return True
        return False


# --------------------------------------------------------------------------- documents


_LIFERAY_VERSION = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", re.I)


@functools.lru_cache(maxsize=16_384)
def _extension(url: str) -> str:
    """The lower-case extension of the last path segment (cached: the page model, the frontier
    and the checks ask it of the same menu links on every page of a site)."""
    path = urlsplit(url).path
    head, _, name = path.rpartition("/")
    if _LIFERAY_VERSION.fullmatch(name) and "/documents/" in head:
        # Liferay's document library: /documents/<group>/<folder>/Maklumat+Layanan.pdf/<uuid>?version=1.0
        name = head.rpartition("/")[2]
    dot = name.rfind(".")
    return name[dot:].lower() if dot >= 0 else ""


def file_kind(url: str) -> str | None:
    """The kind of file ``url`` names by its extension (``"pdf"``, ``"word"``, ``"image"``...), or None."""
    return FILE_KINDS.get(_extension(url))


def is_document_url(url: str) -> bool:
    """True for links to office documents, PDFs and archives (by extension)."""
    return FILE_KINDS.get(_extension(url)) in DOCUMENT_KINDS


def is_asset(url: str) -> bool:
    """True for images, styles, scripts, fonts, media and binaries: never crawled nor checked."""
    return FILE_KINDS.get(_extension(url)) in ASSET_KINDS


def is_hosted_document(url: str) -> bool:
    """True for a document on a sharing service (Google Drive, OneDrive, Dropbox...) or a Nextcloud share."""
    try:
        p = urlsplit(url)
    except ValueError:
        return False
    host = (p.hostname or "").removeprefix("www.")
    return any(host == h or host.endswith("." + h) for h in DOCUMENT_HOSTS) or "/index.php/s/" in p.path


def is_document_type(content_type: str | None) -> bool:
    """True for the media types of documents (PDF, office formats, archives)."""
    if not content_type:
        return False
    ctype = content_type.split(";")[0].strip().lower()
    return ctype in DOCUMENT_MEDIA_TYPES or ctype.startswith(_DOCUMENT_MEDIA_PREFIXES)


def file_name(url: str) -> str:
    """The decoded last path segment (``.../DIP%20Tahun%202024.pdf`` -> ``DIP Tahun 2024.pdf``)."""
    head, _, name = urlsplit(url).path.rpartition("/")
    if _LIFERAY_VERSION.fullmatch(name) and "/documents/" in head:
        return unquote_plus(head.rpartition("/")[2])
    return unquote(name)


# a developer's machine or an intranet: an address no visitor can open (a CMS that saved its links as
# http://127.0.0.1:8000/..., http://ppid.test/, http://192.168.1.5/...)
_DEVELOPER_HOST = re.compile(r"^\s*(?:https?:)?//(?:[^/@]*@)?(?:localhost|127(?:\.\d{1,3}){3}|0\.0\.0\.0|\[::1?\]|10(?:\.\d{1,3}){3}|"
                       r"192\.168(?:\.\d{1,3}){2}|172\.(?:1[6-9]|2\d|3[01])(?:\.\d{1,3}){2}|[^/:?#\s]+\.(?:test|local|localhost|invalid))(?=[:/?#]|\s*$)", re.I)


def is_developer_address(url: str) -> bool:
    """Whether ``url`` (as written) points at a developer's machine or an intranet (localhost, 127.0.0.1,
    192.168.*, *.test, *.local): an address no visitor of a public site can open."""
    return _DEVELOPER_HOST.match(url) is not None


def is_filtered_view(url: str, page_url: str) -> bool:
    """Whether ``url`` is ``page_url`` with a query added ('/informasi-publik?kategori=informasi-berkala' of
    '/informasi-publik'): the same page filtered, a view the page itself already shows."""
    def bare(u: str) -> str:
        return u.split("#", 1)[0].split("?", 1)[0].rstrip("/")
    return "?" in url and bare(url) == bare(page_url)
