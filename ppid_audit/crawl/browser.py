"""Headless Chromium for the pages a static crawl cannot read (optional extra ``browser``).

Only pages the page model marks ``js_only`` are rendered.  The browser never
touches the network itself: every request it makes is intercepted
(Playwright's ``page.route``) and answered by the run's own ``Fetcher``, so
politeness, robots.txt, the private-address guard, the byte cap and the
request deadline apply to it exactly as to the crawl.  The page's own HTML is
the body the crawl already fetched (no second request).  Images, fonts,
media, stylesheets, trackers and every non-GET request are refused.

Threading: Playwright's sync API is bound to the thread that started it, so
one dedicated thread (``_BrowserThread``) owns Chromium and the Playwright
connection; trio hands it one job at a time and waits in a worker thread
(``trio.to_thread.run_sync(..., abandon_on_cancel=True)``).  The route
handler calls back into trio with ``trio.from_thread.run``.  No asyncio in
trio code.

Chromium is started by us (``--remote-debugging-port=0``) and Playwright
connects over CDP: we own its process group, so a hung or crashed browser is
killed and a fresh one started for the next page; a page that misses its
deadline is a ``RenderFailure``, never a stalled run.
"""

from __future__ import annotations

import atexit
import concurrent.futures
import dataclasses
import os
import queue
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
import weakref
from dataclasses import dataclass
from html import escape
from typing import Any
from urllib.parse import parse_qsl, urlsplit, urlunsplit

import trio

from ..models import FetchFailure, FetchKind, Site
from ..urls import Scope
from .fetch import Fetcher, Response

__all__ = [
    "BROWSER_FLAGS",
    "RenderFailure",
    "Rendered",
    "Renderer",
    "browser_status",
    "find_chromium",
    "smoke_test",
]

# Without these Chromium phones home (component updates, sync, QUIC probes) and can stall.
BROWSER_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-extensions",
    "--disable-default-apps",
    "--mute-audio",
    "--no-default-browser-check",
    # memory: a page left is not kept alive for "back" (the back-forward cache kept up to six renderers),
    # no spare renderer waits for the next site, one renderer process serves every site (an audit renders
    # one page at a time; site isolation would start one per site), and the GPU and network services run
    # inside the browser process instead of two more processes
    "--disable-back-forward-cache",
    "--disable-features=BackForwardCache,SpareRendererForSitePerProcess,IsolateOrigins,site-per-process",
    "--renderer-process-limit=1",
    "--in-process-gpu",
    "--enable-features=NetworkServiceInProcess2",
)
# Debian's chromium-headless-shell first: the same Blink without the desktop browser's UI (measured on the
# 60 x 60 farm: ~1.6 ms less CPU per page and ~120 MB less memory than `chromium --headless`)
CHROMIUM_NAMES = ("chromium-headless-shell", "chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome")
PAGE_DEADLINE = 45.0  # seconds for one page, every request it makes included
SETTLE = 0.3  # seconds without a request in flight after "load": the scripts are done
LOADING_WAIT = 3.0  # seconds a page whose whole text is a loading message is given to show its content
# the page's whole visible text is a loading message ('Memuat halaman...', 'Loading...', 'Mohon tunggu')
LOADING_JS = r"""() => { const t = ((document.body && document.body.innerText) || '').trim();
  return t.length > 0 && t.length < 120 && /(memuat|loading|mohon tunggu|harap tunggu|please wait|sedang dimuat)/i.test(t); }"""
MAX_SUBREQUESTS = 40  # requests one page may make through the Fetcher
MAX_SUBRESOURCE_BYTES = 3_000_000
LAUNCH_TIMEOUT = 20.0
HANG_GRACE = 3.0  # seconds past a page's deadline before its browser counts as hung and is killed
ALLOWED_TYPES = frozenset({"document", "script", "xhr", "fetch"})
BUILDING_TYPES = frozenset({"script", "xhr", "fetch"})  # requests whose loss can leave a page unbuilt
MENU_BUDGET = 4.0  # seconds spent opening the page's menus at most
# Open every dropdown of the page's navigation as a visitor would (pointer over it; a click on a
# button), two levels deep, and keep what each showed: many script-built menus (React, Svelte, Radix,
# Base UI) mount their items only while open, so the DOM after load has the top level alone.  A
# dropdown mounted away from its trigger (a portal at the end of the body, as Radix's and Base UI's
# viewports do) is kept with the trigger's menu item.  Links are never clicked (no navigation); submit
# buttons and buttons in forms are left alone.  Each opened menu item is copied, as it looked while
# open, into one <nav data-ppid-audit="opened-menus"> at the end of the body.
# Then the forms that dialogs mount only while open: each button outside forms and the navigation that
# says aria-haspopup=dialog is pressed once and the new forms are copied into
# <div data-ppid-audit="opened-dialogs"> (a client-only request form behind a card's button).
# Then the accordions of the page's content: each button outside forms, dialogs and the navigation that heads
# a closed panel (aria-expanded=false, or an empty box right after it) is pressed once, and the links it
# mounted (a document group's 'Download' links drawn only while open) are copied under the button's label
# into <div data-ppid-audit="opened-panels">.
# Then the page's script search: a text field outside any form, in the header or navigation, whose
# placeholder, label or name says search / cari, else a text field that appears when a search button outside any form (its label,
# aria-label, title or icon says so) is clicked (a script search modal, closed again with Escape).  It
# counts only when typing a word in it (no Enter) changes the page or makes a request: a field whose
# handler is missing is not a search.  It is copied into a <form role="search"> inside
# <div data-ppid-audit="opened-search">.
OPEN_MENUS_JS = """
async (budgetMs) => {
  const end = Date.now() + budgetMs, menuEnd = Date.now() + budgetMs * 0.7;  // the rest for the search
  const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
  const label = (el) => (el.textContent || "").replace(/\\s+/g, " ").trim();
  const links = () => new Set(document.querySelectorAll("a[href]"));
  const SEARCH = /(^|[^a-z])(cari|pencarian|search|telusur)/i;
  const searchy = (b) => SEARCH.test([label(b), b.getAttribute("aria-label"), b.getAttribute("title"),
    ...[...b.querySelectorAll("svg, i")].map((x) => x.getAttribute("class"))].filter(Boolean).join(" "));
  const fire = (el, types) => types.forEach((t) => el.dispatchEvent(new (t.startsWith("pointer") ? PointerEvent : MouseEvent)(t, {
    bubbles: !t.endsWith("enter") && !t.endsWith("leave"), cancelable: true, view: window, button: 0, isPrimary: true, pointerType: "mouse" })));
  // a visitor's click is a press: Radix / Headless UI triggers toggle on pointerdown, others on click
  const press = (el) => { fire(el, ["pointerdown", "mousedown", "pointerup", "mouseup"]); el.click(); };
  const start = location.href;
  let moved = 0;  // triggers whose click navigated (a client-side route change): undone, never kept
  const enter = (el) => fire(el, ["pointerover", "pointerenter", "mouseover", "mouseenter"]);
  const leave = (el) => fire(el, ["pointerout", "pointerleave", "mouseout", "mouseleave"]);
  const clickable = (t) => t.tagName === "BUTTON" ? !t.closest("form") && (t.getAttribute("type") || "").toLowerCase() !== "submit"
    : !t.getAttribute("href") || /^(#|javascript:)/i.test(t.getAttribute("href").trim());
  const itemOf = (t) => { let item = t.parentElement;
    while (item && !["LI", "NAV", "UL", "OL", "BODY"].includes(item.tagName) && item.parentElement
           && item.parentElement.children.length === 1) item = item.parentElement;  // wrappers of it alone
    return item || t; };
  const marked = (t) => t.tagName === "BUTTON" || t.hasAttribute("aria-haspopup") || t.hasAttribute("aria-expanded")
    || /dropdown-toggle/.test(t.className || "") || ["svg", "i"].includes((t.lastElementChild?.tagName || "").toLowerCase());
  const triggers = (root) => [...root.querySelectorAll(
      "button, a, [aria-haspopup], [aria-expanded], :has(> svg:last-child), :has(> i:last-child)")]
    .filter((t) => { const text = label(t);
      // (a closed submenu's items are hidden: a visitor reaches them by opening their menu, as the subs below)
      return text && text.length <= 80 && marked(t) && !(t.tagName === "BUTTON" && searchy(t)) && t.getClientRects().length > 0
        && (t.matches("a, button") || !t.querySelector("a, button"))
        && [...itemOf(t).querySelectorAll("a[href]")].every((a) => a === t); });
  // the links a dropdown mounted outside its menu item (a portal): their nearest common box, else each one's item
  const around = (away) => {
    if (!away.length) return null;
    let box = away[0].parentElement;
    while (box && !away.every((a) => box.contains(a))) box = box.parentElement;
    if (box && box !== document.body && box !== document.documentElement) return box.cloneNode(true);
    const ul = document.createElement("ul");
    away.forEach((a) => { const li = document.createElement("li"); li.appendChild((a.closest("li") || a).cloneNode(true)); ul.appendChild(li); });
    return ul;
  };
  const keep = (item, away) => { const copy = item.cloneNode(true); const box = around(away); if (box) copy.appendChild(box); return copy; };
  const open = async (t) => {
    const item = itemOf(t), before = links(), size = item.querySelectorAll("*").length;
    const fresh = () => [...links()].filter((a) => !before.has(a));
    const opened = () => item.querySelectorAll("*").length > size || fresh().length > 0;
    const chain = [];  // a pointer over t has entered t and every wrapper up to its menu item
    for (let el = t; el && el !== item.parentElement; el = el.parentElement) chain.unshift(el);
    chain.forEach(enter); await sleep(80);
    let clicked = false;
    if (!opened() && clickable(t)) { press(t); clicked = true; await sleep(80); }
    if (location.href !== start) {  // the click went to another page (pushState): back, and keep nothing of it
      moved++; history.back(); await sleep(150);
      return { item, chain, clicked: false, fresh: false, away: [], went: true };
    }
    return { item, chain, clicked, fresh: opened(), away: fresh().filter((a) => !item.contains(a)) };
  };
  const close = (t, state) => { if (state.clicked && document.contains(t)) press(t); [...state.chain].reverse().forEach(leave); };
  const seen = new Set(), kept = [];
  const boxes = [...document.querySelectorAll("nav, [role=navigation], header")];
  const tops = [...new Set(boxes.flatMap((b) => triggers(b)))].slice(0, 40);
  let complete = true;  // every trigger tried within the budget: what stayed closed is no dropdown
  for (const t of tops) {
    if (Date.now() > menuEnd) { complete = false; break; }
    if (seen.has(t)) continue;
    seen.add(t);
    const state = await open(t);
    if (state.fresh) {
      kept.push(keep(state.item, state.away));
      const mounted = state.away.map((a) => a.parentElement).filter(Boolean);
      const subs = [...new Set([state.item, ...mounted].flatMap((r) => triggers(r)))]
        .filter((s) => s !== t && !seen.has(s)).slice(0, 15);
      for (const s of subs) {
        if (Date.now() > menuEnd) break;
        seen.add(s);
        const sub = await open(s);
        if (sub.went) break;  // the opened menu's items go to pages (buttons that navigate): no dropdowns among them
        if (sub.fresh) kept.push(keep(state.item, [...state.away, ...sub.away].filter((a) => document.contains(a))));
        close(s, sub);
      }
    }
    close(t, state);
    await sleep(20);
  }
  if (kept.length) {
    const nav = document.createElement("nav");
    nav.setAttribute("data-ppid-audit", "opened-menus");
    const ul = document.createElement("ul");
    kept.forEach((k) => { const li = k.tagName === "LI" ? k : document.createElement("li"); if (li !== k) li.appendChild(k); ul.appendChild(li); });
    nav.appendChild(ul);
    document.body.appendChild(nav);
  }
  if (complete) {  // the page model then counts no closed menu (page.py _closed_menus)
    const mark = document.createElement("div");
    mark.setAttribute("data-ppid-audit", "menus-opened");
    document.body.appendChild(mark);
  }
  const result = () => ({ kept: kept.length, moved });
  const escape = () => { for (const el of [document.activeElement, document]) el?.dispatchEvent(new KeyboardEvent("keydown",
    { key: "Escape", code: "Escape", keyCode: 27, bubbles: true, cancelable: true })); };
  // forms mounted only while a dialog is open (a card's "Ajukan Permohonan" button, aria-haspopup=dialog,
  // a client-only Radix Dialog): each button outside forms is pressed once and the forms it showed kept
  const dialogs = [];
  for (const b of [...document.querySelectorAll("button[aria-haspopup=dialog], [role=button][aria-haspopup=dialog]")]
      .filter((b) => !b.closest("form, nav, header, [data-ppid-audit]") && label(b) && !searchy(b)).slice(0, 6)) {
    if (Date.now() > menuEnd + (end - menuEnd) / 3) break;
    const before = new Set(document.querySelectorAll("form"));
    press(b); await sleep(120);
    if (location.href !== start) { moved++; history.back(); await sleep(150); continue; }
    [...document.querySelectorAll("form")].filter((f) => !before.has(f) && f.querySelector("input, textarea, select"))
      .forEach((f) => dialogs.push(f.cloneNode(true)));
    escape(); await sleep(60);
  }
  if (dialogs.length) {
    const box = document.createElement("div");
    box.setAttribute("data-ppid-audit", "opened-dialogs");
    dialogs.forEach((f) => box.appendChild(f));
    document.body.appendChild(box);
  }
  // the links an accordion mounts only while a panel is open (a React list of document groups whose 'Download'
  // links are drawn on click): each button of the page's content outside forms, dialogs, tab rows and the
  // navigation that heads a panel (aria-expanded=false, or an empty box right after it) is pressed once, the
  // links it showed are copied under its label, and it is pressed again to close (found again by its label:
  // a re-render replaces the elements).  A press that removes content links
  // switched a view, not a panel: nothing of it is kept and the pass stops there.
  const panels = [];
  const PANEL_OUT = "form, nav, header, footer, [role=navigation], [role=dialog], [role=tablist], [data-ppid-audit]";
  const panelButtons = () => [...document.querySelectorAll("button")].filter((b) => !b.closest(PANEL_OUT) && !b.disabled
    && !b.hasAttribute("aria-haspopup") && b.getAttribute("role") !== "tab" && (b.getAttribute("type") || "").toLowerCase() !== "submit"
    && label(b) && label(b).length <= 120 && !searchy(b) && b.getClientRects().length > 0
    && !(b.parentElement && b.parentElement.children.length >= 2 && [...b.parentElement.children].every((c) => c.matches("button, a")))
    // an accordion's header: marked closed, or followed by the empty box its panel is drawn into
    && (b.getAttribute("aria-expanded") === "false" || (b.nextElementSibling && !b.nextElementSibling.children.length && !label(b.nextElementSibling))));
  const contentLinks = () => [...document.querySelectorAll("a[href]")].filter((a) => !a.closest("nav, header, footer, [role=navigation], [data-ppid-audit]"));
  const byText = (text) => panelButtons().find((x) => label(x) === text);
  for (const text of [...new Set(panelButtons().map(label))].slice(0, 12)) {
    if (Date.now() > menuEnd + (end - menuEnd) / 2) break;
    const b = byText(text);
    if (!b) continue;
    const before = links(), shown = contentLinks();
    press(b); await sleep(80);
    if (location.href !== start) { moved++; history.back(); await sleep(150); break; }
    if (shown.some((a) => !document.contains(a))) break;  // a view switched, not a panel opened
    const fresh = [...links()].filter((a) => !before.has(a) && !a.closest("nav, header, [role=navigation], [data-ppid-audit]"));
    if (fresh.length) {
      const box = around(fresh);  // (never null: fresh holds a link)
      const head = document.createElement("h4");
      head.textContent = text.slice(0, 120);
      const wrap = document.createElement("div");
      wrap.appendChild(head); wrap.appendChild(box);
      panels.push(wrap);
    }
    const again = byText(text);
    if (again) { press(again); await sleep(40); }
  }
  if (panels.length) {
    const box = document.createElement("div");
    box.setAttribute("data-ppid-audit", "opened-panels");
    panels.forEach((p) => box.appendChild(p));
    document.body.appendChild(box);
  }
  const fields = () => new Set(document.querySelectorAll("input, textarea"));
  const typed = (f) => f.tagName === "TEXTAREA" || ["", "text", "search"].includes((f.getAttribute("type") || "").toLowerCase());
  const record = (got, hint, action) => {
    const box = document.createElement("div");
    box.setAttribute("data-ppid-audit", "opened-search");
    const form = document.createElement("form");
    form.setAttribute("role", "search");
    if (action) { form.setAttribute("action", action); form.setAttribute("method", "get"); }
    const field = document.createElement("input");
    field.setAttribute("type", "search");
    field.setAttribute("name", got.getAttribute("name") || "q");
    field.setAttribute("placeholder", got.getAttribute("placeholder") || hint);
    form.appendChild(field);
    box.appendChild(form);
    document.body.appendChild(box);
  };
  const type = (f, text) => {  // the native setter, so that React's onChange sees it too
    const proto = f.tagName === "TEXTAREA" ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
    Object.getOwnPropertyDescriptor(proto, "value").set.call(f, text);
    f.dispatchEvent(new Event("input", { bubbles: true }));
    f.dispatchEvent(new KeyboardEvent("keyup", { key: text.slice(-1) || "Backspace", bubbles: true }));
  };
  // a field is the page's search when typing a word in it (never Enter: no navigation) changes the page
  // (results, a filtered list, a modal) or makes a request; a field whose handler is missing does nothing
  const works = async (f) => {
    let changed = 0, asked = 0;
    const mo = new MutationObserver((ms) => ms.forEach((m) => { if (!f.contains(m.target)) changed++; }));
    mo.observe(document.body, { childList: true, subtree: true, characterData: true });
    const origFetch = window.fetch, origOpen = XMLHttpRequest.prototype.open;
    window.fetch = function (...args) { asked++; return origFetch.apply(this, args); };
    XMLHttpRequest.prototype.open = function (...args) { asked++; return origOpen.apply(this, args); };
    try {
      f.focus(); f.click(); await sleep(60);
      changed = 0;  // focusing may open an empty panel: count what the word does
      type(f, "informasi"); await sleep(400);
      return changed > 0 || asked > 0;
    } catch (e) {
      return false;
    } finally {
      mo.disconnect(); window.fetch = origFetch; XMLHttpRequest.prototype.open = origOpen;
      if (document.contains(f)) { try { type(f, ""); } catch (e) { /* a field gone */ } }
    }
  };
  const sendsTo = (f) => { const fm = f.closest("form"); const a = fm ? (fm.getAttribute("action") || "").trim() : "";
    return a && a !== "#" && !/^javascript:/i.test(a) && f.getAttribute("name") ? new URL(a, location.href).href : ""; };
  const SEARCH_FIELD = (f) => SEARCH.test([f.getAttribute("placeholder"), f.getAttribute("aria-label"), f.getAttribute("name"), f.id]
    .filter(Boolean).join(" "));
  // the site's search sits in the page's header or navigation (a box filtering one table in the content is not)
  const standing = [...fields()].filter((f) => !f.closest("form") && typed(f) && SEARCH_FIELD(f)
    && f.closest("header, nav, [role=navigation], [role=banner], [role=search]")).slice(0, 3);
  for (const f of standing) {
    if (Date.now() > end) break;
    const ok = await works(f);
    escape(); await sleep(60);
    if (ok) { record(f, ""); return result(); }
  }
  const searchButtons = [...document.querySelectorAll("button, [role=button], a:not([href]), a[href='#']")]
    .filter((b) => !b.closest("form") && clickable(b) && searchy(b)).slice(0, 3);
  for (const b of searchButtons) {
    if (Date.now() > end) break;
    const before = fields();
    press(b); await sleep(120);
    if (location.href !== start) { moved++; history.back(); await sleep(150); continue; }
    // (a modal whose field sits in a form with an action of its own, '<form action="/cari">', is a search form
    // once opened: its action is where the words go)
    const got = [...fields()].find((f) => !before.has(f) && typed(f) && (!f.closest("form") || sendsTo(f)));
    const action = got ? sendsTo(got) : "";
    const ok = got ? (action ? true : await works(got)) : false;
    escape(); await sleep(60);
    if (ok) { record(got, label(b), action); break; }
  }
  return result();
}
"""
PROBE_BUDGET = 2.0  # seconds spent on clickable elements that are not links, at most
MAX_PROBES = 15
# Elements that act as links without being one (a React card <div onClick={() => navigate(...)}>): a
# pointer-styled or click-handling element outside links, buttons, forms and the navigation, with a
# short text and nothing clickable inside.  Each is clicked once, after the DOM was read; where it
# goes (history.pushState, window.open, or a navigation the route handler cancels) is kept as a link.
PROBE_SETUP_JS = """
() => {
  const label = (el) => (el.textContent || "").replace(/\\s+/g, " ").trim();
  window.__ppidCandidates = () => {
    const out = [];
    // a gate page with no link at all and one or two buttons (a splash whose emblem <button> sends the visitor to
    // /home by script): those buttons are the way in, and are clicked like the link-like elements (an app whose
    // menu is buttons that switch views is no gate: its views are the states pass's)
    const gate = !document.querySelector("a[href]") && document.querySelectorAll("button").length <= 2;
    const way = (el) => gate && el.tagName === "BUTTON" && !el.disabled && (el.getAttribute("type") || "").toLowerCase() !== "submit";
    for (const el of document.querySelectorAll("[onclick], [role=button], [role=link], .cursor-pointer" + (gate ? ", button" : ""))) {
      if (way(el) ? el.closest("form, [data-ppid-audit]")
        : el.closest("a[href], button, form, nav, header, [role=navigation], [data-ppid-audit]")) continue;
      if (el.querySelector("a[href], button, input, select, textarea, [onclick]")) continue;
      const text = label(el) || el.getAttribute("aria-label") || el.querySelector("img[alt]")?.getAttribute("alt") || "";
      if (!text || text.length > 80 || out.some((o) => o.contains(el))) continue;
      out.push(el);
    }
    return out.slice(0, %d);
  };
  const push = history.pushState;
  history.pushState = function (state, title, url) {
    if (url != null) window.__ppidNav = new URL(url, location.href).href;
    return push.apply(this, arguments);
  };
  window.open = (url) => { if (url) window.__ppidNav = new URL(url, location.href).href; return null; };
  return window.__ppidCandidates().length;
}
""" % MAX_PROBES
PROBE_CLICK_JS = """
async (i) => {
  const el = window.__ppidCandidates()[i];
  if (!el) return null;
  const text = (el.textContent || "").replace(/\\s+/g, " ").trim() || el.getAttribute("aria-label")
    || el.querySelector("img[alt]")?.getAttribute("alt") || "";
  const start = location.href;
  window.__ppidNav = null;
  el.click();
  await new Promise((r) => setTimeout(r, 150));
  const url = window.__ppidNav || (location.href !== start ? location.href : null);
  if (location.href !== start) { history.back(); await new Promise((r) => setTimeout(r, 150)); }
  return { text, url };
}
"""


STATE_BUDGET = 10.0  # seconds spent pressing a single-page app's view buttons, at most
MAX_STATES = 24  # distinct views kept per page
MAX_STATE_CHARS = 6_000_000  # their DOMs together
# The views of a single-page app on one URL whose menu and sub-tabs are <button>s that change state (React
# useState), never the URL: each navigation button (in nav / header / a menu bar, or a tab) is pressed, then
# each sub-tab its view shows (role=tab, or a row of buttons alone in their box), then a button that opens
# a dialog ('Lihat Diagram Struktur': a label of two words or more found once on the view).  Every view whose
# text outside the navigation is new is kept with the labels pressed to reach it; each press starts again
# from the top button, since a re-render replaces the elements.  A press that leaves the URL is undone
# (history.back) and kept nowhere.  Dropdown triggers (aria-haspopup / aria-expanded) are the menu pass's.
STATES_JS = """
async ([budgetMs, maxStates, maxChars]) => {
  const end = Date.now() + budgetMs;
  const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
  const label = (el) => ((el.textContent || "").replace(/\\s+/g, " ").trim() || el.getAttribute("aria-label") || "").trim();
  const SEARCH = /(^|[^a-z])(cari|pencarian|search|telusur)/i;
  const fire = (el, types) => types.forEach((t) => el.dispatchEvent(new (t.startsWith("pointer") ? PointerEvent : MouseEvent)(t, {
    bubbles: true, cancelable: true, view: window, button: 0, isPrimary: true, pointerType: "mouse" })));
  const press = (el) => { fire(el, ["pointerdown", "mousedown", "pointerup", "mouseup"]); el.click(); };
  const start = location.href;
  const NAVBOX = "nav, header, [role=navigation], [role=menubar], [role=banner]";
  const usable = (b) => { const t = label(b);
    return t && t.length <= 60 && /[a-z]/i.test(t) && !SEARCH.test(t) && !b.disabled
      && !b.closest("form, [data-ppid-audit], [aria-hidden=true]") && b.getClientRects().length > 0
      && (b.getAttribute("type") || "").toLowerCase() !== "submit"
      && !b.hasAttribute("aria-haspopup") && !b.hasAttribute("aria-expanded"); };
  const BUTTONS = "button, [role=button], [role=tab], [role=menuitem], a:not([href])";
  // the view buttons: the navigation's, else (a page whose menu is links) a row of tab buttons of its own
  // (a sidebar of eleven buttons that each draw a pane, '/ppid' of a city portal)
  // (in the navigation, a link to a fragment the page does not hold, '<a href="#ppid">' over a click handler that
  // draws the PPID view, is a view button too: on a page that holds the fragment it only scrolls, no new view)
  const hashOnly = (a) => { const h = a.getAttribute("href") || "";
    return h === "#" || (/^#[\\w-]+$/.test(h) && !document.getElementById(h.slice(1))); };
  const navTops = () => [...document.querySelectorAll(BUTTONS + ", a[href^='#']")]
    .filter((b) => b.closest(NAVBOX) && usable(b) && (!b.matches("a[href]") || hashOnly(b)));
  const tops = () => { const n = navTops(); return n.length ? n : subs(); };
  // a tab row: role=tab, or two or more buttons that are their box's only elements
  const tabRow = (b) => (b.textContent || "").trim() !== "" && (b.getAttribute("role") === "tab"  // an icon button is no tab
    || (b.parentElement && b.parentElement.children.length >= 2 && [...b.parentElement.children].every((c) => c.matches(BUTTONS))));
  const SELECTED = /(^|\\s)(on|active|selected|current|is-active)(\\s|$)/;
  const selected = (b) => b.getAttribute("aria-selected") === "true" || b.getAttribute("aria-pressed") === "true"
    || b.getAttribute("aria-current") === "page" || SELECTED.test(b.getAttribute("class") || "");
  const subs = () => [...document.querySelectorAll(BUTTONS)].filter((b) => !b.closest(NAVBOX) && usable(b) && tabRow(b));
  const byLabel = (list, text) => list.find((b) => label(b) === text);
  const sig = () => {
    const copy = document.body.cloneNode(true);
    copy.querySelectorAll(NAVBOX + ", [data-ppid-audit], script, style, noscript").forEach((n) => n.remove());
    return (copy.textContent || "").replace(/\\s+/g, " ").trim();
  };
  const dialogs = () => [...document.querySelectorAll("[role=dialog], [aria-modal=true], dialog[open], .modal")]
    .filter((d) => d.getClientRects().length > 0);
  const CLOSE = /(^|[^a-z])(tutup|close|batal|kembali)([^a-z]|$)|^\\s*[\u00d7\u2715x]\\s*$/i;
  // (a view that only writes its tab into the query, '/ppid?menu=maklumat' by history.replaceState, stays on the page)
  const samePath = () => { const a = new URL(location.href), b = new URL(start); return a.origin === b.origin && a.pathname === b.pathname; };
  const moved = async () => { if (location.href === start || samePath()) return false; history.back(); await sleep(150); return true; };
  const seen = new Map([[sig(), null]]);  // a view's text -> its path (null: the page as read)
  const states = [];
  let chars = 0;
  const keep = (path) => {
    const s = sig();
    if (seen.has(s) || states.length >= maxStates) return false;
    seen.set(s, path);
    const html = "<!DOCTYPE html>" + document.documentElement.outerHTML;
    if (chars + html.length > maxChars) return false;
    chars += html.length;
    states.push({ path, html });
    return states[states.length - 1];
  };
  // press the labels of ``path`` in turn from the top; false when one is gone or the URL moved
  const go = async (path) => {
    for (let i = 0; i < path.length; i++) {
      const b = byLabel(i === 0 ? tops() : subs(), path[i]);
      if (!b) return false;
      press(b); await sleep(90);
      if (await moved()) return false;
    }
    return true;
  };
  const openers = (skip) => {  // buttons of this view that open a dialog: a label of 2+ words found once
    const all = [...document.querySelectorAll(BUTTONS)].filter((b) => !b.closest(NAVBOX) && usable(b) && !tabRow(b));
    const count = new Map();
    all.forEach((b) => count.set(label(b), (count.get(label(b)) || 0) + 1));
    return all.filter((b) => count.get(label(b)) === 1 && label(b).split(" ").length >= 2 && !skip.has(label(b))).map(label).slice(0, 3);
  };
  const dialogsOf = async (path, skip, reach = path) => {
    for (const text of openers(skip)) {
      if (Date.now() > end || states.length >= maxStates) return;
      const b = byLabel([...document.querySelectorAll(BUTTONS)], text);
      if (!b) continue;
      const before = new Set(dialogs());
      press(b); await sleep(150);
      if (await moved()) { await go(reach); continue; }
      const opened = dialogs().filter((d) => !before.has(d));
      if (opened.length) keep([...path, text]);
      skip.add(text);
      for (const d of opened) {  // close it: its close button, else Escape
        const x = [...d.querySelectorAll("button, [role=button]")].find((c) => CLOSE.test([label(c), c.getAttribute("aria-label"),
          c.getAttribute("title"), c.getAttribute("class")].filter(Boolean).join(" ")));
        if (x && document.contains(x)) { press(x); await sleep(80); }
      }
      if (dialogs().some((d) => !before.has(d))) {
        document.dispatchEvent(new KeyboardEvent("keydown", { key: "Escape", code: "Escape", keyCode: 27, bubbles: true }));
        await sleep(80);
      }
      await go(reach);  // the view drawn again from its buttons
    }
  };
  const topLabels = [...new Set(tops().map(label))].slice(0, 12);
  const views = [];  // [path, labels not to take for a dialog's opener]
  for (const t of topLabels) {
    if (Date.now() > end || states.length >= maxStates) break;
    if (!(await go([t]))) continue;
    const subLabels = [...new Set(subs().map(label))].filter((x) => !topLabels.includes(x)).slice(0, 8);
    const skip = new Set([...topLabels, ...subLabels]);
    const here = [t];
    const shown = subs().find(selected);  // the sub-tab this view opens on
    const kept = keep(here);
    if (kept) views.push(shown && !topLabels.includes(label(shown)) ? [here, skip, [t, label(shown)]] : [here, skip]);
    if (kept && views[views.length - 1][2]) kept.path = views[views.length - 1][2];  // named as a visitor sees it: 'Informasi > Berkala
    const top = views.length && views[views.length - 1][0].length === 1 && views[views.length - 1][0][0] === t ? views[views.length - 1] : null;
    for (const s of subLabels) {
      if (Date.now() > end || states.length >= maxStates) break;
      if (!(await go([t, s]))) continue;
      const sub = [t, s];
      if (keep(sub)) views.push([sub, skip]);
      else if (top && top.length < 3 && seen.get(sig()) === top[0]) {  // [t] shows its sub-tab s: reached again by both
        top.push(sub);
        if (kept) kept.path = sub;
      }
    }
  }
  // then, with the time left, the dialogs each view's own buttons open (a view is reached again by the
  // buttons that show it now: a top button alone keeps the sub-tab pressed last)
  for (const [path, skip, via] of views) {
    if (Date.now() > end || states.length >= maxStates) break;
    if (await go(via || path)) await dialogsOf(via || path, skip);
  }
  return states;
}
"""


SEARCH_WORD = "informasi"  # the word typed into a search box to see where it is sent
# A search box whose script sends the visitor to a results page only on Enter or on its form's submit (a
# React form with no action that calls router.push('/search?q=...'), a header input whose keydown handler sets
# location.href): typing alone changes nothing, so the menu pass's search test misses it.  Each such box (its
# placeholder, label, name or id says search / cari; outside any form, or in a form without an action) gets the
# word and an Enter, then its form is submitted; where the page goes (history.pushState, or a navigation the
# route handler cancels) is read back, and a results URL that carries the word counts (``_search_by_enter``).
SEARCH_SUBMIT_JS = """
async (word) => {
  const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
  const SEARCH = /(^|[^a-z])(cari|pencarian|search|telusur)/i;
  const typed = (f) => f.tagName === "TEXTAREA" || ["", "text", "search"].includes((f.getAttribute("type") || "").toLowerCase());
  const says = (f) => SEARCH.test([f.getAttribute("placeholder"), f.getAttribute("aria-label"), f.getAttribute("name"), f.id]
    .filter(Boolean).join(" "));
  const actionless = (f) => { const fm = f.closest("form"); const a = fm ? (fm.getAttribute("action") || "").trim() : "";
    return !fm || a === "" || a === "#"; };
  const boxes = [...document.querySelectorAll("input, textarea")].filter((f) => typed(f) && says(f) && actionless(f)
    && !f.closest("table, [data-ppid-audit]")).slice(0, 3);
  const push = history.pushState, replace = history.replaceState, start = location.href;
  let went = null;
  history.pushState = function (state, title, url) { if (url != null) went = new URL(url, location.href).href; return push.apply(this, arguments); };
  history.replaceState = function (state, title, url) { if (url != null) went = new URL(url, location.href).href; return replace.apply(this, arguments); };
  const out = [];
  try {
    for (const f of boxes) {
      went = null;
      const proto = f.tagName === "TEXTAREA" ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
      Object.getOwnPropertyDescriptor(proto, "value").set.call(f, word);
      f.dispatchEvent(new Event("input", { bubbles: true }));
      for (const t of ["keydown", "keypress", "keyup"]) {
        f.dispatchEvent(new KeyboardEvent(t, { key: "Enter", code: "Enter", keyCode: 13, which: 13, bubbles: true, cancelable: true }));
      }
      await sleep(150);
      const fm = f.closest("form");
      if (!went && fm && document.contains(fm)) {
        try { fm.requestSubmit ? fm.requestSubmit() : fm.submit(); } catch (e) { /* a form that refuses */ }
        await sleep(150);
      }
      const here = location.href !== start ? location.href : null;
      if (went || here) out.push({ url: went || here, placeholder: f.getAttribute("placeholder") || "" });
      if (location.href !== start) { history.back(); await sleep(150); }
      if (document.contains(f)) Object.getOwnPropertyDescriptor(proto, "value").set.call(f, "");
    }
  } finally {
    history.pushState = push; history.replaceState = replace;
  }
  return { found: out, boxes: boxes.map((f) => f.getAttribute("placeholder") || "") };
}
"""


UNREACHABLE = "unreachable"  # what the answer callback returns for a private/loopback address the guard refused
LEFT_SITE = "left-site"  # ... for a script's navigation out of the site: a link to follow, not a page to render


TRACKERS = re.compile(
    r"(?:^|\.)(?:google-analytics\.com|googletagmanager\.com|doubleclick\.net|googlesyndication\.com|"
    r"facebook\.(?:net|com)|fbcdn\.net|hotjar\.com|histats\.com|statcounter\.com|addthis\.com|sharethis\.com|"
    r"tawk\.to|disqus\.com|youtube\.com|ytimg\.com|twitter\.com|x\.com|instagram\.com|tiktok\.com|"
    r"clarity\.ms|yandex\.ru|cloudflareinsights\.com|recaptcha\.net|gstatic\.com|google\.com|"
    r"googleapis\.com|whos\.amung\.us|flagcounter\.com)$",
    re.I,
)


@dataclass(frozen=True)
class Rendered:
    """The DOM after the page's scripts ran."""

    url: str  # where the browser ended (a script redirect moves it)
    html: str
    elapsed: float  # seconds, job handed over to DOM read
    requests: int  # answered through the Fetcher (the page itself excluded)
    blocked: int  # refused: images, fonts, trackers, non-GET, over the cap
    failed: int = 0  # script/data requests we refused (not trackers) or could not answer: the auditor's side
    broken: int = 0  # script/data requests the site answered with an HTTP error (a missing bundle): the site's side
    states: tuple[tuple[tuple[str, ...], str], ...] = ()  # other views of this URL: (buttons pressed, DOM) (STATES_JS)
    left: tuple[str, ...] = ()  # off-site URLs the page's scripts navigated to (shown as links in ``html``)


@dataclass(frozen=True)
class RenderFailure:
    """Why a page could not be rendered: ``browser_missing``, ``timeout``, ``crash`` or ``error``."""

    kind: str
    detail: str = ""


def find_chromium(explicit: str | None = None) -> str | None:
    """The Chromium executable: ``explicit``, ``$PPID_AUDIT_CHROMIUM``, or the first on PATH."""
    for cand in (explicit, os.environ.get("PPID_AUDIT_CHROMIUM")):
        if cand:
            found = cand if os.access(cand, os.X_OK) else shutil.which(cand)
            return _unwrapped(found) if found else None
    for name in CHROMIUM_NAMES:
        path = shutil.which(name)
        if path:
            return _unwrapped(path)
    return None


# a launcher script's line that runs the browser without exec: `/usr/lib/chromium/chromium-headless-shell "$@"`
_WRAPPED = re.compile(rb'^\s*(/[^\s"\'$;&|]+)\s+"\$@"\s*$', re.M)


def _unwrapped(path: str) -> str:
    """The browser binary a small launcher script runs as its child (Debian's chromium-headless-shell wrapper
    does not exec it): started through the script, the browser would be the script's child, and the
    parent-death signal set at launch (``_DIE_WITH_US``) would kill the script and orphan the browser."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(65536)
    except OSError:
        return path
    if not head.startswith(b"#!"):
        return path
    m = _WRAPPED.search(head)
    if m is None:
        return path
    target = m.group(1).decode(errors="replace")
    return target if os.path.isfile(target) and os.access(target, os.X_OK) else path


def _playwright_version() -> str | None:
    try:
        from importlib.metadata import version

        import playwright.sync_api  # noqa: F401

        return version("playwright")
    except Exception:
        return None


def browser_status(executable: str | None = None) -> dict[str, str | None]:
    """What the rendering needs and where it is: ``chromium`` path, ``playwright`` version, ``problem``."""
    chromium = find_chromium(executable)
    pw = _playwright_version()
    problem = None
    if pw is None:
        problem = "paket Python 'playwright' tidak terpasang (pip install 'ppid-audit[browser]')"
    elif chromium is None:
        problem = "Chromium tidak ditemukan (apt-get install chromium-headless-shell, atau chromium)"
    return {"chromium": chromium, "playwright": pw, "problem": problem}


# --------------------------------------------------------------------------- the browser thread


@dataclass
class _Job:
    url: str
    body: bytes
    content_type: str
    answer: Any  # (url, method, resource_type) -> (status, headers, body) | None ; runs trio-side
    future: concurrent.futures.Future[Rendered]
    settle: float
    budget: float  # seconds for the page, from the moment the browser takes it (launch excluded)
    deadline: float = 0.0  # time.monotonic() by which the DOM must be read, set when the page starts
    open_menus: bool = True  # open the navigation's dropdowns and keep what they showed (OPEN_MENUS_JS)
    started: threading.Event = dataclasses.field(default_factory=threading.Event)


# Every browser thread alive in this process. Chromium runs in its own session (a Ctrl-C to the audit must not
# reach it first), so nothing kills it with us: at exit, a thread that did not stop in time (its join was
# abandoned, an interpreter ending with the daemon thread mid-launch) has its Chromium killed here.
_LIVE: "weakref.WeakSet[_BrowserThread]" = weakref.WeakSet()


@atexit.register
def _kill_live_browsers() -> None:
    for worker in list(_LIVE):
        worker.stopping = True
        worker.kill()


# Chromium gets SIGKILL when the thread that started it dies, the audit process included (a killed run, a worker
# ended with os._exit): atexit never runs then, and Chromium in its own session would outlive us. setpriv
# (util-linux) sets the parent-death signal and execs Chromium, which keeps it.
_SETPRIV = shutil.which("setpriv")
_DIE_WITH_US: tuple[str, ...] = (_SETPRIV, "--pdeathsig", "KILL", "--") if _SETPRIV and sys.platform.startswith("linux") else ()


class _BrowserThread:
    """One thread owning one Chromium process and its Playwright connection."""

    def __init__(self, executable: str) -> None:
        self.executable = executable
        self.jobs: queue.Queue[_Job | None] = queue.Queue()
        self.proc: subprocess.Popen[bytes] | None = None
        self.profile: str | None = None
        self.rss_peak_kb = 0
        self.connected = False  # Chromium runs and Playwright is connected
        self._state: dict[str, Any] = {}  # the page being rendered (job, counters), read by the route handler
        self.stopping = False  # set by stop(): no job starts and no Chromium is launched after it
        _LIVE.add(self)
        self.thread = threading.Thread(target=self._main, name="ppid-audit-browser", daemon=True)
        self.thread.start()

    # -- process control (callable from any thread)

    @property
    def pid(self) -> int | None:
        return self.proc.pid if self.proc is not None else None

    def kill(self) -> None:
        """Kill Chromium's whole process group (renderers included); Playwright calls then fail fast."""
        proc = self.proc
        if proc is not None and proc.poll() is None:
            try:
                os.killpg(proc.pid, signal.SIGKILL)
            except (ProcessLookupError, PermissionError):
                pass
            try:
                proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                pass

    def stop(self) -> None:
        self.stopping = True
        self.jobs.put(None)
        self.kill()

    def rss_kb(self) -> int:
        """Memory of Chromium's process group (kB): the sum of each process's PSS (shared pages split, not counted per process)."""
        proc = self.proc
        if proc is None or proc.poll() is not None:
            return 0
        total = 0
        for entry in os.listdir("/proc"):
            if not entry.isdigit():
                continue
            try:
                with open(f"/proc/{entry}/stat", "rb") as fh:
                    fields = fh.read().rsplit(b")", 1)[1].split()
                if int(fields[2]) != proc.pid:  # process group id
                    continue
                with open(f"/proc/{entry}/smaps_rollup", "rb") as fh:
                    for line in fh:
                        if line.startswith(b"Pss:"):
                            total += int(line.split()[1])
            except (OSError, IndexError, ValueError):
                continue
        self.rss_peak_kb = max(self.rss_peak_kb, total)
        return total

    # -- the thread

    def _launch(self) -> str:
        self.profile = tempfile.mkdtemp(prefix="ppid-audit-chromium-")
        cmd = [*_DIE_WITH_US, self.executable, *BROWSER_FLAGS, "--remote-debugging-port=0", f"--user-data-dir={self.profile}", "about:blank"]
        self.proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True)
        if self.stopping:  # stop() ran while this one started: its kill() may have missed it
            self.kill()
            raise RuntimeError("the browser is stopping")
        assert self.proc.stderr is not None
        stderr = self.proc.stderr
        found: list[str] = []

        def read() -> None:
            for raw in stderr:
                if not found:
                    m = re.search(rb"DevTools listening on (ws://\S+)", raw)
                    if m:
                        found.append(m.group(1).decode())
            # keep draining so Chromium never blocks on a full pipe

        reader = threading.Thread(target=read, daemon=True)
        reader.start()
        t0 = time.monotonic()
        while not found:
            if self.proc.poll() is not None:
                raise RuntimeError(f"Chromium exited at start (code {self.proc.returncode})")
            if time.monotonic() - t0 > LAUNCH_TIMEOUT:
                self.kill()
                raise RuntimeError("Chromium did not open its DevTools port in time")
            time.sleep(0.02)
        return found[0]

    def _main(self) -> None:
        from playwright.sync_api import sync_playwright

        pw = sync_playwright().start()
        browser = None
        tab = None
        try:
            while True:
                job = self.jobs.get()
                if job is None:
                    return
                if self.stopping:  # jobs queued before stop(): never launch a Chromium nobody will stop
                    if not job.future.done():
                        job.future.set_exception(RuntimeError("the browser is stopping"))
                    job.started.set()
                    continue
                if job.future.cancelled():
                    continue
                try:
                    if browser is None or not browser.is_connected() or self.proc is None or self.proc.poll() is not None:
                        browser = None
                        self.connected = False
                        self.kill()
                        browser = pw.chromium.connect_over_cdp(self._launch(), timeout=LAUNCH_TIMEOUT * 1000)
                        tab = self._open_tab(browser)
                        self.connected = True
                    job.deadline = time.monotonic() + job.budget
                    job.started.set()
                    result = self._render(tab, job)
                    job.future.set_result(result)
                except BaseException as exc:  # a dead browser: the next job starts a fresh one
                    browser = None
                    self.connected = False
                    self.kill()
                    if not job.future.done():
                        job.future.set_exception(exc)
                    job.started.set()  # the trio side then reads the exception
                    if not isinstance(exc, Exception):
                        raise
        finally:
            self.kill()
            try:
                pw.stop()
            except Exception:
                pass
            if self.profile:
                shutil.rmtree(self.profile, ignore_errors=True)

    def _open_tab(self, browser: Any) -> Any:
        """One context and page for the browser's life (a new context per page costs 0.5-1 s)."""
        context = browser.new_context(java_script_enabled=True, service_workers="block", accept_downloads=False)
        page = context.new_page()
        for ctx in browser.contexts:  # the about:blank Chromium opened at launch: its renderer is ~90 MB
            if ctx is not context:
                for blank in ctx.pages:
                    try:
                        blank.close()
                    except Exception:
                        pass
        page.route("**/*", self._handle)
        return page

    def _handle(self, route: Any) -> None:
        """Every request the page makes: the page itself from the crawl's body, the rest via the Fetcher, or refused."""
        st = self._state
        job: _Job | None = st.get("job")
        req = route.request
        if job is None:  # a late request of a page already read
            route.abort("blockedbyclient")
            return
        st["inflight"] += 1
        try:
            if st.get("probing") and req.is_navigation_request() and req.frame.parent_frame is None:
                st["navs"].append(req.url)  # a probed element navigates: note where, stay on the page
                route.abort("aborted")
                return
            if not st["served"] and req.is_navigation_request():
                st["served"] = True  # the page itself: the body the crawl already read
                route.fulfill(status=200, headers={"content-type": job.content_type}, body=job.body)
                return
            main_nav = req.is_navigation_request() and req.frame.parent_frame is None
            host = urlsplit(req.url).hostname or ""
            tracker = bool(TRACKERS.search(host))
            building = req.resource_type in BUILDING_TYPES and not tracker
            if (
                req.method != "GET"
                or req.resource_type not in ALLOWED_TYPES
                or tracker
                or st["requests"] >= MAX_SUBREQUESTS
                or time.monotonic() > job.deadline
            ):
                st["blocked"] += 1
                st["failed"] += building
                route.abort("blockedbyclient")
                return
            st["requests"] += 1
            got = job.answer(req.url, req.resource_type, req.is_navigation_request(), job.deadline - time.monotonic())
            if got == LEFT_SITE and main_nav:
                # a script sends the visitor off the site (/lapor -> https://lapor.go.id/): the page keeps its
                # document and shows that target as a link, as an HTTP redirect's Location would be; a 204
                # answer ends the navigation with the document kept (an aborted one stalls page.goto)
                st.setdefault("left", []).append(req.url)
                route.fulfill(status=204, body=b"")
            elif got == LEFT_SITE:
                # a frame of the page navigating to another site (an embedded Drive file, a map): not fetched,
                # as an audit follows no other site; the frame stays empty and the page renders on
                st["blocked"] += 1
                route.abort("blockedbyclient")
            elif got == UNREACHABLE:  # a private/loopback address (the developer's localhost API): refused, the site's fault
                st["broken"] += building
                route.abort("addressunreachable")
            elif got is None:
                st["failed"] += building
                route.abort("failed")
            else:
                status, headers, body = got
                st["broken"] += building and status >= 400
                route.fulfill(status=status, headers=headers, body=body)
        finally:
            st["inflight"] -= 1
            st["last"] = time.monotonic()

    def _render(self, page: Any, job: _Job) -> Rendered:
        t0 = time.monotonic()
        self._state = {"job": job, "served": False, "requests": 0, "blocked": 0, "failed": 0, "broken": 0,
                       "inflight": 0, "last": t0}
        st = self._state
        try:
            remaining = max(1.0, job.deadline - time.monotonic())
            page.goto(job.url, wait_until="commit", timeout=remaining * 1000)
            # then "load"; a script that navigates off the site while the page loads stops its loading
            # (the navigation is answered 204 and the document stays, but "load" never comes): stop there
            while True:
                try:
                    page.wait_for_load_state("load", timeout=250)
                    break
                except Exception:
                    if st.get("left"):
                        break
                    # a request handler that held the thread up to the deadline (a hanging answer) let
                    # "load" come only now: read what loaded; a page still loading is a timeout
                    if time.monotonic() >= job.deadline:
                        if page.evaluate("document.readyState") == "complete":
                            break
                        raise
            # settle: scripts fetch after "load"; done when nothing was in flight for ``settle`` seconds
            self._settle(page, job)
            # a loading screen the app shows for a while by a timer ('Memuat halaman...' for half a second, no
            # request in flight): wait until it gives way, up to LOADING_WAIT, then settle again
            end = min(job.deadline - 1.0, time.monotonic() + LOADING_WAIT)
            waited = False
            while time.monotonic() < end and page.evaluate(LOADING_JS):
                waited = True
                page.wait_for_timeout(100)
            if waited:
                self._settle(page, job)
            before: tuple[str, str] | None = None  # (DOM, URL) before the menus were opened
            if job.open_menus and time.monotonic() < job.deadline - 1.0:
                budget = min(MENU_BUDGET, job.deadline - time.monotonic() - 1.0)
                try:
                    before = (page.content(), page.url)
                    st["navs"], st["probing"] = [], True  # a click that navigates is cancelled (_handle)
                    got = page.evaluate(OPEN_MENUS_JS, int(budget * 1000)) or {}
                    st["menus"] = int(got.get("kept", 0))
                    moved = int(got.get("moved", 0)) + len(st["navs"])
                    if moved or page.url != before[1]:  # a click went elsewhere: this URL's DOM as it was
                        html = _with_additions(before[0], page.evaluate(ADDITIONS_JS))
                        return self._done(page, job, t0, before[1], html, probe=False)
                except Exception:  # a page that navigates or throws keeps the DOM it had
                    if before is not None and page.url != before[1]:
                        return self._done(page, job, t0, before[1], before[0], probe=False)
                finally:
                    st["probing"] = False
            try:
                html = page.content()
            except Exception:  # a script navigated away while we read: read the new document
                page.wait_for_load_state("load", timeout=max(1.0, job.deadline - time.monotonic()) * 1000)
                html = page.content()
            return self._done(page, job, t0, page.url, html)
        finally:
            st["job"] = None
            try:  # stop the page's scripts and forget its cookies before the next site's page
                page.goto("about:blank", timeout=5000)
                page.context.clear_cookies()
            except Exception:
                pass

    def _settle(self, page: Any, job: _Job) -> None:
        """Wait until no request has been in flight for ``job.settle`` seconds (or the page's deadline)."""
        st = self._state
        while time.monotonic() < job.deadline:
            page.wait_for_timeout(50)
            if st["inflight"] == 0 and time.monotonic() - st["last"] >= job.settle:
                return

    def _done(self, page: Any, job: _Job, t0: float, final: str, html: str, probe: bool = True) -> Rendered:
        """The page's result: its DOM, with the links found by clicking its link-like elements."""
        st = self._state
        states: tuple[tuple[tuple[str, ...], str], ...] = ()
        if st.get("left"):
            html = _with_script_links(html, [(_LEFT_LABEL, u) for u in dict.fromkeys(st["left"])])
        if probe and job.open_menus and time.monotonic() < job.deadline - 1.0 and page.url == final:
            html = _with_script_links(html, self._probe(page, job))
            if 'data-ppid-audit="opened-search"' not in html:
                html = _with_additions(html, self._search_by_enter(page, job))
            states = self._states(page, job, final)
        self.rss_kb()
        return Rendered(url=final, html=html, elapsed=time.monotonic() - t0,
                        requests=st["requests"], blocked=st["blocked"], failed=st["failed"], broken=st["broken"],
                        states=states, left=tuple(dict.fromkeys(st.get("left", ()))))

    def _states(self, page: Any, job: _Job, final: str) -> tuple[tuple[tuple[str, ...], str], ...]:
        """The other views of a single-page app reached by pressing its view buttons (``STATES_JS``)."""
        st = self._state
        budget = min(STATE_BUDGET, job.deadline - time.monotonic() - 1.0)
        if budget < 0.5:
            return ()
        st["navs"], st["probing"] = [], True  # a press that navigates is cancelled (_handle)
        try:
            got = page.evaluate(STATES_JS, [int(budget * 1000), MAX_STATES, MAX_STATE_CHARS]) or []
        except Exception:  # a page that navigates or throws: no view kept
            return ()
        finally:
            st["probing"] = False
        if page.url.split("?", 1)[0].split("#", 1)[0] != final.split("?", 1)[0].split("#", 1)[0]:
            return ()  # (a view that only wrote its tab into the query, '?menu=maklumat', is still this page)
        out = []
        for item in got:
            path = tuple(str(x)[:80] for x in item.get("path") or () if str(x).strip())
            if path and isinstance(item.get("html"), str):
                out.append((path, item["html"]))
        return tuple(out)

    def _search_by_enter(self, page: Any, job: _Job) -> str:
        """A search form standing for the first search box the page's script sends on Enter to a results page
        (``SEARCH_SUBMIT_JS``): its action the results page, its field the query parameter; "" when none."""
        st = self._state
        if time.monotonic() > job.deadline - 1.5:
            return ""
        st["navs"], st["probing"] = [], True  # the results page is not loaded: its address is enough
        try:
            got = page.evaluate(SEARCH_SUBMIT_JS, SEARCH_WORD) or {}
        except Exception:  # a page that navigates or throws: no search found
            return ""
        finally:
            st["probing"] = False
        placeholders = [str(x) for x in got.get("boxes") or []]
        urls = [(str(x.get("url") or ""), str(x.get("placeholder") or "")) for x in got.get("found") or []]
        urls += [(u, placeholders[0] if placeholders else "") for u in st["navs"]]
        for url, hint in urls:
            parts = urlsplit(url)
            name = next((k for k, v in parse_qsl(parts.query) if SEARCH_WORD in v.lower()), None)
            if name is None:
                continue  # the word went nowhere (a filter, a page reload without it)
            action = urlunsplit((parts.scheme, parts.netloc, parts.path, "", ""))
            return (f'<div data-ppid-audit="opened-search"><form role="search" method="get" action="{escape(action)}">'
                    f'<input type="search" name="{escape(name)}" placeholder="{escape(hint[:80])}"></form></div>')
        return ""

    def _probe(self, page: Any, job: _Job) -> list[tuple[str, str]]:
        """Click each element that acts as a link without being one; (its text, where it went)."""
        st = self._state
        limit = min(time.monotonic() + PROBE_BUDGET, job.deadline - 1.0)
        found: list[tuple[str, str]] = []
        st["navs"], st["probing"] = [], True
        try:
            count = int(page.evaluate(PROBE_SETUP_JS) or 0)
            for i in range(count):
                if time.monotonic() > limit:
                    break
                before = len(st["navs"])
                got = page.evaluate(PROBE_CLICK_JS, i)
                if not got or not got.get("text"):
                    continue
                url = got.get("url") or (st["navs"][before] if len(st["navs"]) > before else None)
                if url and not url.startswith(("javascript:", "about:")):
                    found.append((str(got["text"])[:200], str(url)))
        except Exception:  # a page that navigates or throws: keep what was found
            pass
        finally:
            st["probing"] = False
        return found


_LEFT_LABEL = "dialihkan oleh skrip halaman"  # the text of a script redirect's link (``_with_script_links``)

ADDITIONS_JS = """() => [...document.querySelectorAll("[data-ppid-audit]")].map((e) => e.outerHTML).join("")"""


def _with_additions(html: str, additions: str) -> str:
    """``html`` (the DOM before the menus were opened) with what the menu pass added (``ADDITIONS_JS``)."""
    at = html.lower().rfind("</body>")
    return html[:at] + additions + html[at:] if at >= 0 else html + additions


def _with_script_links(html: str, links: list[tuple[str, str]]) -> str:
    """``html`` with the links found by clicking (``Renderer._probe``) in a ``<div data-ppid-audit="script-links">``."""
    if not links:
        return html
    from html import escape

    box = '<div data-ppid-audit="script-links">' + "".join(
        f'<a href="{escape(url)}">{escape(text)}</a> ' for text, url in links) + "</div>"
    at = html.lower().rfind("</body>")
    return html[:at] + box + html[at:] if at >= 0 else html + box


def smoke_test(executable: str, *, timeout: float = 60.0) -> tuple[float, int]:
    """Start Chromium, render a page built by its script (no network), stop; (seconds, peak RSS kB).

    Raises ``RuntimeError`` with the reason when the browser does not work.
    """
    page = (b"<!doctype html><html><body><div id='app'></div><script>"
            b"document.getElementById('app').textContent = 'ppid-audit ' + (6 * 7);</script></body></html>")
    worker = _BrowserThread(executable)
    future: concurrent.futures.Future[Rendered] = concurrent.futures.Future()
    t0 = time.monotonic()
    worker.jobs.put(_Job(url="http://doctor.invalid/", body=page, content_type="text/html", answer=lambda *a: None,
                         future=future, settle=0.05, budget=min(timeout, PAGE_DEADLINE)))
    try:
        result = future.result(timeout=timeout)
    except concurrent.futures.TimeoutError:
        raise RuntimeError(f"Chromium did not render a page within {timeout:.0f} s") from None
    except Exception as exc:
        raise RuntimeError(f"{type(exc).__name__}: {str(exc)[:300]}") from exc
    finally:
        worker.stop()
        worker.thread.join(10)
    if "ppid-audit 42" not in result.html:
        raise RuntimeError("Chromium rendered the page but its script did not run")
    return time.monotonic() - t0, worker.rss_peak_kb


# --------------------------------------------------------------------------- trio side


class Renderer:
    """Renders pages in headless Chromium for one audit run; use with ``async with``.

    ``render`` never raises for a broken page or browser: it returns a
    ``Rendered`` or a ``RenderFailure``.  One page renders at a time.
    """

    def __init__(
        self,
        fetcher: Fetcher,
        *,
        executable: str | None = None,
        page_deadline: float = PAGE_DEADLINE,
        settle: float = SETTLE,
    ) -> None:
        self.fetcher = fetcher
        status = browser_status(executable)
        self.executable = status["chromium"]
        self.problem = status["problem"]
        self.page_deadline = page_deadline
        self.settle = settle
        self._worker: _BrowserThread | None = None
        self._lock = trio.Lock()
        self._token: trio.lowlevel.TrioToken | None = None
        self.rendered = 0
        self.restarts = 0
        self.render_seconds: list[float] = []

    @property
    def available(self) -> bool:
        return self.problem is None

    @property
    def pid(self) -> int | None:
        """Chromium's process id while it runs (tests kill it)."""
        return self._worker.pid if self._worker is not None else None

    @property
    def connected(self) -> bool:
        """Chromium runs and Playwright is connected to it."""
        return self._worker is not None and self._worker.connected

    def rss_kb(self) -> int:
        return self._worker.rss_kb() if self._worker is not None else 0

    @property
    def rss_peak_kb(self) -> int:
        return self._worker.rss_peak_kb if self._worker is not None else 0

    async def __aenter__(self) -> "Renderer":
        self._token = trio.lowlevel.current_trio_token()
        return self

    async def __aexit__(self, *exc: object) -> None:
        worker, self._worker = self._worker, None
        if worker is not None:
            worker.stop()
            with trio.move_on_after(10, shield=True):
                await trio.to_thread.run_sync(worker.thread.join, 10, abandon_on_cancel=True)

    async def _answer(self, site: Site, url: str, navigation: bool, remaining: float,
                      stay_in: Scope | None = None) -> tuple[int, dict[str, str], bytes] | str | None:
        """One browser request, made by the Fetcher (robots, guard, politeness, caps), within the page's deadline.

        A navigation out of ``stay_in`` is not fetched: ``LEFT_SITE``."""
        if navigation and stay_in is not None and url not in stay_in:
            return LEFT_SITE
        with trio.move_on_after(max(0.0, remaining)):
            return await self._answer_now(site, url, navigation)
        return None

    async def _answer_now(self, site: Site, url: str, navigation: bool) -> tuple[int, dict[str, str], bytes] | str | None:
        f = self.fetcher
        if navigation:  # a script redirect: a page like any other (robots applies in fetch)
            resp = await f.fetch(url, site=site, kind=FetchKind.PAGE)
        else:
            if site.settings.obey_robots:
                state = await f.robots_for(url, site)
                if not state.allowed(url, site.settings.user_agent or f.user_agent):
                    return None
            resp = await f.fetch(url, site=site, kind=FetchKind.EXTERNAL, max_bytes=MAX_SUBRESOURCE_BYTES)
        if resp.fetch.error is FetchFailure.PRIVATE_ADDRESS:
            return UNREACHABLE  # no visitor reaches it either: the guard refuses it, the site is at fault
        if resp.body is None or resp.fetch.error is not None or resp.fetch.status is None:
            return None
        headers = {"content-type": resp.content_type_header or "application/octet-stream",
                   "access-control-allow-origin": "*"}
        return resp.fetch.status, headers, resp.body

    async def render(self, resp: Response, site: Site, stay_in: Scope | None = None) -> Rendered | RenderFailure:
        """Render the page of ``resp`` (already fetched) with its scripts; the result or why not.

        ``stay_in``: the site's scope; a script navigating out of it leaves a link to its target in the
        DOM instead of rendering another site's page (None: follow it, as a start page that moved)."""
        if not self.available:
            return RenderFailure("browser_missing", self.problem or "")
        assert self._token is not None and self.executable is not None, "Renderer used outside 'async with'"
        token = self._token
        url = resp.fetch.final_url or resp.fetch.url

        def answer(u: str, rtype: str, nav: bool, remaining: float) -> tuple[int, dict[str, str], bytes] | str | None:
            try:
                return trio.from_thread.run(self._answer, site, u, nav, remaining, stay_in, trio_token=token)
            except Exception:
                return None

        async with self._lock:
            if self._worker is None or not self._worker.thread.is_alive():
                self._worker = _BrowserThread(self.executable)
            worker = self._worker
            future: concurrent.futures.Future[Rendered] = concurrent.futures.Future()
            job = _Job(url=url, body=resp.body or b"", content_type=resp.content_type_header or "text/html",
                       answer=answer, future=future, settle=self.settle, budget=self.page_deadline)
            worker.jobs.put(job)
            t0 = time.monotonic()
            # the page's deadline starts when the browser takes it (a first launch has its own limit)
            with trio.move_on_after(LAUNCH_TIMEOUT * 2) as launch:
                await trio.to_thread.run_sync(job.started.wait, abandon_on_cancel=True)
            result: Rendered | None = None
            failure: RenderFailure | None = None
            if launch.cancelled_caught:
                failure = RenderFailure("crash", "Chromium tidak dapat dijalankan")
            else:
                with trio.move_on_after(self.page_deadline + HANG_GRACE) as scope:
                    try:
                        result = await trio.to_thread.run_sync(future.result, abandon_on_cancel=True)
                    except Exception as exc:
                        crashed = worker.proc is None or worker.proc.poll() is not None
                        kind = "timeout" if type(exc).__name__ == "TimeoutError" else "crash" if crashed else "error"
                        failure = RenderFailure(kind, f"{type(exc).__name__}: {str(exc)[:200]}")
                if scope.cancelled_caught:  # hung: no answer from the browser in time
                    failure = RenderFailure("timeout", f"halaman tidak selesai dirender dalam {self.page_deadline:.0f} detik")
            if failure is not None or result is None:
                # kill Chromium; its thread fails the job and starts a fresh browser for the next page
                future.cancel()
                worker.kill()
                self.restarts += 1
                return failure or RenderFailure("error", "tanpa hasil")
            self.rendered += 1
            self.render_seconds.append(time.monotonic() - t0)
            return result
