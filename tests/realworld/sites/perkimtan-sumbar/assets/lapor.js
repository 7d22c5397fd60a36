// src/app/lapor/page.tsx: a client component whose effect sends the browser to SP4N LAPOR!
window.location.href = 'https://lapor.go.id/';
