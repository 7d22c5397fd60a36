// Compact rewrite of script.js (KemenagBanten/ppid-kanwil-kemenag-banten @0e85e81), loaded by the home page only.
// Every list comes from a Google Apps Script web app over a Google Sheet (API_URL below); the sheet is not in the
// repository, so the fixture points API_URL at a local path that is not served and each block shows its error branch.
const API_URL = '/sheet/exec'; // original: https://script.google.com/macros/s/AKfycby74M5l9.../exec
async function fetchAPI(action) {
  const response = await fetch(`${API_URL}?action=${action}`);
  if (!response.ok) throw new Error(`HTTP Error ${response.status}`);
  const result = await response.json();
  if (!result.success) throw new Error(result.message || 'API mengembalikan error');
  return result.data;
}
async function loadInformasi() {
  const container = document.getElementById('informasiList');
  try {
    const data = await fetchAPI('informasi');
    document.getElementById('totalInformasi').textContent = data.length;
    if (!data.length) { container.innerHTML = '<div class="loading">Belum ada informasi.</div>'; return; }
    container.innerHTML = data.map(item => `<article class="info-card"><span class="badge">${item.jenis || 'Informasi'}</span><h3>${item.judul || '-'}</h3><p>${item.ringkasan || '-'}</p><div class="card-meta">${item.kategori || '-'} • ${item.tahun || '-'}</div>${item.url_dokumen ? `<a class="document-button" href="${item.url_dokumen}" target="_blank" rel="noopener">Lihat Dokumen →</a>` : ''}</article>`).join('');
  } catch (error) {
    console.error('Gagal memuat informasi:', error);
    container.innerHTML = '<div class="loading">Gagal memuat informasi.</div>';
  }
}
async function loadDIP() {
  const container = document.getElementById('dipList');
  try {
    const data = await fetchAPI('dip');
    document.getElementById('totalDIP').textContent = data.length;
    if (!data.length) { container.innerHTML = '<div class="loading">Belum ada data DIP.</div>'; return; }
    container.innerHTML = `<table class="data-table"><thead><tr><th>No</th><th>Nama Informasi</th><th>Jenis</th><th>Kategori</th><th>Tahun</th><th>Status</th></tr></thead><tbody>${data.map(item => `<tr><td>${item.nomor || '-'}</td><td>${item.nama_informasi || '-'}</td><td>${item.jenis_informasi || '-'}</td><td>${item.kategori || '-'}</td><td>${item.tahun || '-'}</td><td>${item.status || '-'}</td></tr>`).join('')}</tbody></table>`;
  } catch (error) {
    console.error('Gagal memuat DIP:', error);
    container.innerHTML = '<div class="loading">Gagal memuat DIP.</div>';
  }
}
async function loadBerita() {
  const container = document.getElementById('beritaList');
  try {
    const data = await fetchAPI('berita');
    const berita = data.filter(item => item.judul);
    document.getElementById('totalBerita').textContent = berita.length;
    if (!berita.length) { container.innerHTML = '<div class="loading">Belum ada berita yang dipublikasikan.</div>'; return; }
    container.innerHTML = berita.map(item => `<article class="info-card"><span class="badge">${item.kategori || 'Berita'}</span><h3>${item.judul || '-'}</h3><p>${item.isi || '-'}</p><div class="card-meta">${item.tanggal || ''}</div></article>`).join('');
  } catch (error) {
    console.error('Gagal memuat berita:', error);
    container.innerHTML = '<div class="loading">Gagal memuat berita.</div>';
  }
}
async function loadDashboard() {
  try {
    const data = await fetchAPI('dashboard');
    document.getElementById('totalSheet').textContent = data.jumlahSheet || 0;
  } catch (error) { console.error('Gagal memuat dashboard:', error); }
}
// Hero search: filters the home page's loaded 'Informasi Terbaru' cards, then scrolls to them.
function searchInformation() {
  const keyword = document.getElementById('searchInput').value.trim().toLowerCase();
  if (keyword) {
    document.querySelectorAll('#informasiList .info-card').forEach(card => {
      card.style.display = card.textContent.toLowerCase().includes(keyword) ? '' : 'none';
    });
  }
  document.getElementById('informasi').scrollIntoView({ behavior: 'smooth' });
}
async function initWebsite() {
  await Promise.all([loadDashboard(), loadInformasi(), loadDIP(), loadBerita()]);
}
document.addEventListener('DOMContentLoaded', initWebsite);
