#!/usr/bin/env python
"""Measure parse_page speed: run `.venv/bin/python tests/page/bench_page.py` (not a test)."""
import datetime as dt, time, sys, random
from pathlib import Path
from ppid_audit.models import Fetch, FetchKind
from ppid_audit.page import parse_page

random.seed(1)
parts = ['<html lang="id"><head><meta charset="utf-8"><title>PPID</title><script src="/j.js"></script></head><body><header><nav><ul class="menu">']
for i in range(20):
    parts.append(f'<li class="menu-item"><a href="/m{i}/">Menu Informasi {i}</a><ul class="sub-menu">')
    for j in range(10):
        parts.append(f'<li class="menu-item"><a href="/m{i}/s{j}/">Sub Menu Informasi {i} {j}</a></li>')
    parts.append('</ul></li>')
parts.append('</ul></nav></header><main>')
for k in range(400):
    parts.append(f'<article class="post"><h2><a href="/berita/{k}">Judul berita nomor {k} tentang keterbukaan informasi</a></h2><p class="meta">Senin, {k%28+1} Maret 2024</p><p>Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua {k}.</p></article>')
parts.append('<table><thead><tr><th>No</th><th>Ringkasan</th><th>Waktu</th><th>Dokumen</th></tr></thead><tbody>')
for r in range(300):
    parts.append(f'<tr><td>{r}</td><td>Laporan kegiatan {r}</td><td>0{r%9+1}-03-2021</td><td><a href="/upload/DIP Tahun 2024 {r}.pdf">Unduh</a></td></tr>')
parts.append('</tbody></table></main><footer>&copy; 2025</footer></body></html>')
body = ''.join(parts).encode()
f = Fetch(url="https://ppid.x.go.id/", kind=FetchKind.PAGE, site_id="x", fetched_at=dt.datetime.now(dt.timezone.utc))
for _ in range(3): parse_page(f, body)
n = 50
t = time.perf_counter()
for _ in range(n): p = parse_page(f, body)
el = (time.perf_counter() - t) / n
print(f"synthetic page: {len(body)/1024:.0f} KB, {len(p.links)} links, {len(p.tables[0].rows)} rows, {len(p.dates)} dates: {el*1000:.1f} ms/page ({1/el:.0f} pages/s)")
fx = [q.read_bytes() for q in sorted((Path(__file__).parent / 'fixtures').glob('*.html'))]
t = time.perf_counter()
for _ in range(100):
    for b in fx: parse_page(f, b)
el = (time.perf_counter() - t) / (100 * len(fx))
print(f"fixtures: {el*1000:.2f} ms/page ({1/el:.0f} pages/s)")
wp = (Path(__file__).parent / 'fixtures' / 'wordpress_menu.html').read_text()
head, rest = wp.split('<main', 1)
filler = '<style>' + ('.c{color:red;margin:0 auto;padding:1px}\n' * 1500) + '</style>'
svg = '<svg viewBox="0 0 24 24"><path d="' + 'M12 2L2 7l10 5 10-5-10-5z' * 40 + '"/></svg>'
cards = ''.join(f'<div class="col-md-4 card shadow-sm"><div class="card-body">{svg}<h3 class="card-title"><a href="/berita/{i}/">Berita kegiatan PPID nomor {i}</a></h3><p class="card-text text-muted small">Senin, {i%28+1} Oktober 2025</p></div></div>' for i in range(60))
real = (head.replace('</head>', filler + '</head>') + '<main' + rest.replace('<article', cards + '<article', 1)).encode()
for _ in range(3): parse_page(f, real)
t = time.perf_counter()
for _ in range(n): p = parse_page(f, real)
el = (time.perf_counter() - t) / n
print(f"realistic page: {len(real)/1024:.0f} KB, {len(p.links)} links, {len(p.dates)} dates: {el*1000:.1f} ms/page ({1/el:.0f} pages/s)")
