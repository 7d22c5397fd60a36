-- A ppid-audit database as made by main at 46158837 (schema migrations 1-3),
-- dumped so tests/store/test_migrations.py can upgrade it.  Made with:
--   ppid-audit demo --sites 2 --pages 5 --out /tmp/demo   (seed 2026, simulated day 0)
--   python -c "import sqlite3; print('\n'.join(sqlite3.connect('/tmp/demo/audit.db').iterdump()))"
BEGIN TRANSACTION;
CREATE TABLE evidence (
	id INTEGER NOT NULL, 
	result_id INTEGER NOT NULL, 
	url TEXT NOT NULL, 
	fetched_at DATETIME, 
	http_status INTEGER, 
	digest VARCHAR(80), 
	snippet TEXT NOT NULL, 
	note TEXT NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(result_id) REFERENCES results (id) ON DELETE CASCADE
);
INSERT INTO "evidence" VALUES(1,1,'https://127.0.1.1:40049/','2026-12-04 16:04:31.903127',200,'sha256:da1e0712a87191c2a6f868e1863c01e7ec491ca9110112098af0f787a98d6c02','Klasifikasi Informasi > Informasi Berkala','menu');
INSERT INTO "evidence" VALUES(2,1,'https://127.0.1.1:40049/profil/profil-ppid','2026-12-04 16:04:31.949140',200,'sha256:bde9e9dfa215a92e323f384bf9d2337656eea5885dd27acec5917b8697194e73','Klasifikasi Informasi > Informasi Berkala','menu');
INSERT INTO "evidence" VALUES(3,1,'https://127.0.1.1:40049/informasi/informasi-berkala','2026-12-04 16:04:31.949436',200,'sha256:a747d4a81a8688562e8cb8607af2f01191a666c6260c8cf6d648a2a3c3dd18a4','Informasi Berkala – PPID Provinsi Simulasi','title');
INSERT INTO "evidence" VALUES(4,1,'https://127.0.1.1:40049/informasi/informasi-berkala','2026-12-04 16:04:31.949436',200,'sha256:a747d4a81a8688562e8cb8607af2f01191a666c6260c8cf6d648a2a3c3dd18a4','Informasi Berkala','heading');
INSERT INTO "evidence" VALUES(5,1,'https://127.0.1.1:40049/informasi/informasi-berkala','2026-12-04 16:04:31.949436',200,'sha256:a747d4a81a8688562e8cb8607af2f01191a666c6260c8cf6d648a2a3c3dd18a4','Klasifikasi Informasi > Informasi Berkala','menu');
INSERT INTO "evidence" VALUES(6,2,'https://127.0.1.1:40049/informasi/informasi-berkala','2026-12-04 16:04:31.949436',200,'sha256:a747d4a81a8688562e8cb8607af2f01191a666c6260c8cf6d648a2a3c3dd18a4','program_kegiatan: B. Ringkasan Program dan Kegiatan','heading');
INSERT INTO "evidence" VALUES(7,2,'https://127.0.1.1:40049/informasi/informasi-berkala','2026-12-04 16:04:31.949436',200,'sha256:a747d4a81a8688562e8cb8607af2f01191a666c6260c8cf6d648a2a3c3dd18a4','kinerja: C. Ringkasan Laporan Kinerja','heading');
INSERT INTO "evidence" VALUES(8,2,'https://127.0.1.1:40049/informasi/informasi-berkala','2026-12-04 16:04:31.949436',200,'sha256:a747d4a81a8688562e8cb8607af2f01191a666c6260c8cf6d648a2a3c3dd18a4','keuangan: D. Ringkasan Laporan Keuangan','heading');
INSERT INTO "evidence" VALUES(9,2,'https://127.0.1.1:40049/informasi/informasi-berkala','2026-12-04 16:04:31.949436',200,'sha256:a747d4a81a8688562e8cb8607af2f01191a666c6260c8cf6d648a2a3c3dd18a4','laporan_akses: E. Ringkasan Laporan Akses Informasi','heading');
INSERT INTO "evidence" VALUES(10,2,'https://127.0.1.1:40049/informasi/informasi-berkala','2026-12-04 16:04:31.949436',200,'sha256:a747d4a81a8688562e8cb8607af2f01191a666c6260c8cf6d648a2a3c3dd18a4','regulasi: F. Peraturan dan Keputusan','heading');
INSERT INTO "evidence" VALUES(11,2,'https://127.0.1.1:40049/informasi/informasi-berkala','2026-12-04 16:04:31.949436',200,'sha256:a747d4a81a8688562e8cb8607af2f01191a666c6260c8cf6d648a2a3c3dd18a4','hak_tata_cara: G. Hak Pemohon Informasi Publik','heading');
INSERT INTO "evidence" VALUES(12,2,'https://127.0.1.1:40049/informasi/informasi-berkala','2026-12-04 16:04:31.949436',200,'sha256:a747d4a81a8688562e8cb8607af2f01191a666c6260c8cf6d648a2a3c3dd18a4','pengaduan: H. Tata Cara Pengaduan Penyalahgunaan Wewenang','heading');
INSERT INTO "evidence" VALUES(13,2,'https://127.0.1.1:40049/informasi/informasi-berkala','2026-12-04 16:04:31.949436',200,'sha256:a747d4a81a8688562e8cb8607af2f01191a666c6260c8cf6d648a2a3c3dd18a4','pengadaan: I. Pengadaan Barang dan Jasa','heading');
INSERT INTO "evidence" VALUES(14,2,'https://127.0.1.1:40049/informasi/informasi-berkala','2026-12-04 16:04:31.949436',200,'sha256:a747d4a81a8688562e8cb8607af2f01191a666c6260c8cf6d648a2a3c3dd18a4','peringatan_dini: J. Informasi Peringatan Dini dan Prosedur Evakuasi Keadaan Darurat','heading');
INSERT INTO "evidence" VALUES(15,3,'https://127.0.1.1:40049/informasi/informasi-berkala','2026-12-04 16:04:31.949436',200,'sha256:a747d4a81a8688562e8cb8607af2f01191a666c6260c8cf6d648a2a3c3dd18a4','28 November 2026 (28 November 2026)','date:text');
INSERT INTO "evidence" VALUES(16,4,'https://127.0.1.1:40049/informasi/informasi-berkala','2026-12-04 16:04:31.949436',200,'sha256:a747d4a81a8688562e8cb8607af2f01191a666c6260c8cf6d648a2a3c3dd18a4','LKjIP Tahun 2025.pdf','item-date:kinerja');
INSERT INTO "evidence" VALUES(17,5,'https://127.0.1.1:40049/informasi/informasi-berkala','2026-12-04 16:04:31.949436',200,'sha256:a747d4a81a8688562e8cb8607af2f01191a666c6260c8cf6d648a2a3c3dd18a4','Laporan Realisasi Anggaran (LRA) Tahun 2025.pdf','item-date:keuangan');
INSERT INTO "evidence" VALUES(18,6,'https://127.0.1.1:40049/informasi/informasi-berkala','2026-12-04 16:04:31.949436',200,'sha256:a747d4a81a8688562e8cb8607af2f01191a666c6260c8cf6d648a2a3c3dd18a4','Rencana Kerja (Renja) TA 2026.pdf','item-date:program_kegiatan');
INSERT INTO "evidence" VALUES(19,7,'https://127.0.1.1:40049/informasi/informasi-berkala','2026-12-04 16:04:31.949436',200,'sha256:a747d4a81a8688562e8cb8607af2f01191a666c6260c8cf6d648a2a3c3dd18a4','Laporan PPID Tahun 2025.pdf','item-date:laporan_akses');
INSERT INTO "evidence" VALUES(20,8,'https://127.0.1.1:40049/informasi/informasi-berkala','2026-12-04 16:04:31.949436',200,'sha256:a747d4a81a8688562e8cb8607af2f01191a666c6260c8cf6d648a2a3c3dd18a4','F. Peraturan dan Keputusan: Agustus 2026','item-date:regulasi');
INSERT INTO "evidence" VALUES(21,9,'https://127.0.1.1:40049/informasi/informasi-berkala','2026-12-04 16:04:31.949436',200,'sha256:a747d4a81a8688562e8cb8607af2f01191a666c6260c8cf6d648a2a3c3dd18a4','G. Hak Pemohon Informasi Publik: 12 Juli 2026','item-date:hak_tata_cara');
INSERT INTO "evidence" VALUES(22,10,'https://127.0.1.1:40049/informasi/informasi-berkala','2026-12-04 16:04:31.949436',200,'sha256:a747d4a81a8688562e8cb8607af2f01191a666c6260c8cf6d648a2a3c3dd18a4','H. Tata Cara Pengaduan Penyalahgunaan Wewenang: 21 Agustus 2026','item-date:pengaduan');
INSERT INTO "evidence" VALUES(23,11,'https://127.0.1.1:40049/informasi/informasi-berkala','2026-12-04 16:04:31.949436',200,'sha256:a747d4a81a8688562e8cb8607af2f01191a666c6260c8cf6d648a2a3c3dd18a4','I. Pengadaan Barang dan Jasa: 01 Oktober 2026','item-date:pengadaan');
INSERT INTO "evidence" VALUES(24,12,'https://127.0.1.1:40049/informasi/informasi-berkala','2026-12-04 16:04:31.949436',200,'sha256:a747d4a81a8688562e8cb8607af2f01191a666c6260c8cf6d648a2a3c3dd18a4','J. Informasi Peringatan Dini dan Prosedur Evakuasi Keadaan Darurat: 28 November 2026','item-date:peringatan_dini');
INSERT INTO "evidence" VALUES(25,13,'https://127.0.1.1:40049/storage/informasi/berkala/Pengaduan%20Masyarakat%20(WBS)%20Semester%20I%202025.pdf','2026-12-04 16:04:32.373925',404,NULL,'Unduh','document:HTTP 404');
INSERT INTO "evidence" VALUES(26,14,'https://127.0.1.1:40049/informasi/informasi-setiap-saat','2026-12-04 16:04:31.952329',200,'sha256:7f4611e32f7845899c18205c1d395f6398ec9c91019a1c71ed08a4d6d2fd20a2','SuratKeteranganDIK Th2025.pdf','file-name');
INSERT INTO "evidence" VALUES(27,15,'https://127.0.1.1:40049/informasi/informasi-setiap-saat','2026-12-04 16:04:31.952329',200,'sha256:7f4611e32f7845899c18205c1d395f6398ec9c91019a1c71ed08a4d6d2fd20a2','daftar: SuratKeteranganDIK Th2025.pdf','file-name');
INSERT INTO "evidence" VALUES(28,15,'https://127.0.1.1:40049/informasi/informasi-setiap-saat','2026-12-04 16:04:31.952329',200,'sha256:7f4611e32f7845899c18205c1d395f6398ec9c91019a1c71ed08a4d6d2fd20a2','penetapan: SuratKeteranganDIK Th2025.pdf','file-name');
INSERT INTO "evidence" VALUES(29,16,'https://127.0.1.1:40049/storage/informasi/dikecualikan/SuratKeteranganDIK%20Th2025.pdf','2026-12-04 16:04:32.511729',200,NULL,'SuratKeteranganDIK Th2025.pdf','document');
INSERT INTO "evidence" VALUES(30,17,'https://127.0.1.1:40049/','2026-12-04 16:04:31.903127',200,'sha256:da1e0712a87191c2a6f868e1863c01e7ec491ca9110112098af0f787a98d6c02','Klasifikasi Informasi > Informasi Serta Merta','menu');
INSERT INTO "evidence" VALUES(31,17,'https://127.0.1.1:40049/profil/profil-ppid','2026-12-04 16:04:31.949140',200,'sha256:bde9e9dfa215a92e323f384bf9d2337656eea5885dd27acec5917b8697194e73','Klasifikasi Informasi > Informasi Serta Merta','menu');
INSERT INTO "evidence" VALUES(32,17,'https://127.0.1.1:40049/informasi/informasi-berkala','2026-12-04 16:04:31.949436',200,'sha256:a747d4a81a8688562e8cb8607af2f01191a666c6260c8cf6d648a2a3c3dd18a4','Klasifikasi Informasi > Informasi Serta Merta','menu');
INSERT INTO "evidence" VALUES(33,17,'https://127.0.1.1:40049/informasi/informasi-serta-merta','2026-12-04 16:04:31.949905',200,'sha256:a90ed75861e613fc8adfa22c9d453ce69d67c1682124c293c5da33ed252729ec','Informasi Serta Merta – PPID Provinsi Simulasi','title');
INSERT INTO "evidence" VALUES(34,17,'https://127.0.1.1:40049/informasi/informasi-serta-merta','2026-12-04 16:04:31.949905',200,'sha256:a90ed75861e613fc8adfa22c9d453ce69d67c1682124c293c5da33ed252729ec','Informasi Serta Merta','heading');
INSERT INTO "evidence" VALUES(35,19,'https://127.0.1.1:40049/','2026-12-04 16:04:31.903127',200,'sha256:da1e0712a87191c2a6f868e1863c01e7ec491ca9110112098af0f787a98d6c02','Klasifikasi Informasi > Informasi Setiap Saat','menu');
INSERT INTO "evidence" VALUES(36,19,'https://127.0.1.1:40049/profil/profil-ppid','2026-12-04 16:04:31.949140',200,'sha256:bde9e9dfa215a92e323f384bf9d2337656eea5885dd27acec5917b8697194e73','Klasifikasi Informasi > Informasi Setiap Saat','menu');
INSERT INTO "evidence" VALUES(37,19,'https://127.0.1.1:40049/informasi/informasi-berkala','2026-12-04 16:04:31.949436',200,'sha256:a747d4a81a8688562e8cb8607af2f01191a666c6260c8cf6d648a2a3c3dd18a4','Klasifikasi Informasi > Informasi Setiap Saat','menu');
INSERT INTO "evidence" VALUES(38,19,'https://127.0.1.1:40049/informasi/informasi-serta-merta','2026-12-04 16:04:31.949905',200,'sha256:a90ed75861e613fc8adfa22c9d453ce69d67c1682124c293c5da33ed252729ec','Klasifikasi Informasi > Informasi Setiap Saat','menu');
INSERT INTO "evidence" VALUES(39,19,'https://127.0.1.1:40049/informasi/informasi-setiap-saat','2026-12-04 16:04:31.952329',200,'sha256:7f4611e32f7845899c18205c1d395f6398ec9c91019a1c71ed08a4d6d2fd20a2','Informasi Setiap Saat – PPID Provinsi Simulasi','title');
INSERT INTO "evidence" VALUES(40,20,'https://127.0.1.1:40049/informasi/informasi-setiap-saat','2026-12-04 16:04:31.952329',200,'sha256:7f4611e32f7845899c18205c1d395f6398ec9c91019a1c71ed08a4d6d2fd20a2','regulasi_kebijakan: Kebijakan dan Dokumen Pendukung','heading');
INSERT INTO "evidence" VALUES(41,20,'https://127.0.1.1:40049/informasi/informasi-setiap-saat','2026-12-04 16:04:31.952329',200,'sha256:7f4611e32f7845899c18205c1d395f6398ec9c91019a1c71ed08a4d6d2fd20a2','organisasi_keuangan: Perjanjian Kerja Sama','heading');
INSERT INTO "evidence" VALUES(42,20,'https://127.0.1.1:40049/informasi/informasi-setiap-saat','2026-12-04 16:04:31.952329',200,'sha256:7f4611e32f7845899c18205c1d395f6398ec9c91019a1c71ed08a4d6d2fd20a2','uji_konsekuensi: Hasil Uji Konsekuensi','heading');
INSERT INTO "evidence" VALUES(43,21,'https://127.0.1.1:40049/storage/informasi/setiap-saat/Kebijakan%20Keterbukaan%20Informasi%202024.pdf','2026-12-04 16:04:32.488058',200,NULL,'Unduh','document');
INSERT INTO "evidence" VALUES(44,21,'https://127.0.1.1:40049/storage/informasi/dikecualikan/SuratKeteranganDIK%20Th2025.pdf','2026-12-04 16:04:32.511729',200,NULL,'Unduh','document');
INSERT INTO "evidence" VALUES(45,21,'https://127.0.1.1:40049/storage/informasi/setiap-saat/Perjanjian%20Kerja%20Sama%20(MoU)%202026.pdf','2026-12-04 16:04:32.539358',200,NULL,'Unduh','document');
INSERT INTO "evidence" VALUES(46,21,'https://127.0.1.1:40049/storage/informasi/setiap-saat/Hasil%20Uji%20Konsekuensi%202024.pdf','2026-12-04 16:04:32.558839',200,NULL,'Unduh','document');
INSERT INTO "evidence" VALUES(47,22,'https://127.0.1.1:40049/','2026-12-04 16:04:31.903127',200,'sha256:da1e0712a87191c2a6f868e1863c01e7ec491ca9110112098af0f787a98d6c02','14 halaman diperiksa','not-found');
INSERT INTO "evidence" VALUES(48,25,'https://127.0.1.1:40049/layanan/formulir-keberatan','2026-12-04 16:04:32.187850',200,'sha256:4a7c410eb754908641c8407204c7f6ad01ddb2f57d80442fffb49b2f02531371','form: Nama; Nomor Registrasi Permohonan; Alasan Keberatan; Kasus Posisi Ringkas; Email','form');
INSERT INTO "evidence" VALUES(49,25,'https://127.0.1.1:40049/','2026-12-04 16:04:31.903127',200,'sha256:da1e0712a87191c2a6f868e1863c01e7ec491ca9110112098af0f787a98d6c02','Layanan Informasi Online > Formulir Keberatan','menu');
INSERT INTO "evidence" VALUES(50,25,'https://127.0.1.1:40049/profil/profil-ppid','2026-12-04 16:04:31.949140',200,'sha256:bde9e9dfa215a92e323f384bf9d2337656eea5885dd27acec5917b8697194e73','Layanan Informasi Online > Formulir Keberatan','menu');
INSERT INTO "evidence" VALUES(51,25,'https://127.0.1.1:40049/informasi/informasi-berkala','2026-12-04 16:04:31.949436',200,'sha256:a747d4a81a8688562e8cb8607af2f01191a666c6260c8cf6d648a2a3c3dd18a4','Layanan Informasi Online > Formulir Keberatan','menu');
INSERT INTO "evidence" VALUES(52,25,'https://127.0.1.1:40049/informasi/informasi-serta-merta','2026-12-04 16:04:31.949905',200,'sha256:a90ed75861e613fc8adfa22c9d453ce69d67c1682124c293c5da33ed252729ec','Layanan Informasi Online > Formulir Keberatan','menu');
INSERT INTO "evidence" VALUES(53,27,'https://127.0.1.1:40049/layanan/formulir-permohonan','2026-12-04 16:04:32.129759',200,'sha256:8ff16bf37abbe9db263e4529ad6d9baa764aec2ea278fa7af4ba1e6b619fde98','form: Nama; NIK/No Identitas; Alamat; No. Telepon; Email; Rincian Informasi yang Dibutuhkan','form');
INSERT INTO "evidence" VALUES(54,27,'https://127.0.1.1:40049/','2026-12-04 16:04:31.903127',200,'sha256:da1e0712a87191c2a6f868e1863c01e7ec491ca9110112098af0f787a98d6c02','Layanan Informasi Online > Formulir Permintaan Informasi','menu');
INSERT INTO "evidence" VALUES(55,27,'https://127.0.1.1:40049/profil/profil-ppid','2026-12-04 16:04:31.949140',200,'sha256:bde9e9dfa215a92e323f384bf9d2337656eea5885dd27acec5917b8697194e73','Layanan Informasi Online > Formulir Permintaan Informasi','menu');
INSERT INTO "evidence" VALUES(56,27,'https://127.0.1.1:40049/informasi/informasi-berkala','2026-12-04 16:04:31.949436',200,'sha256:a747d4a81a8688562e8cb8607af2f01191a666c6260c8cf6d648a2a3c3dd18a4','Layanan Informasi Online > Formulir Permintaan Informasi','menu');
INSERT INTO "evidence" VALUES(57,27,'https://127.0.1.1:40049/informasi/informasi-serta-merta','2026-12-04 16:04:31.949905',200,'sha256:a90ed75861e613fc8adfa22c9d453ce69d67c1682124c293c5da33ed252729ec','Layanan Informasi Online > Formulir Permintaan Informasi','menu');
INSERT INTO "evidence" VALUES(58,29,'https://127.0.1.1:40049/','2026-12-04 16:04:31.903127',200,'sha256:da1e0712a87191c2a6f868e1863c01e7ec491ca9110112098af0f787a98d6c02','Senin - Kamis : 08.00','hours-text');
INSERT INTO "evidence" VALUES(59,29,'https://127.0.1.1:40049/','2026-12-04 16:04:31.903127',200,'sha256:da1e0712a87191c2a6f868e1863c01e7ec491ca9110112098af0f787a98d6c02','tidak dipungut biaya','cost-text');
INSERT INTO "evidence" VALUES(60,29,'https://127.0.1.1:40049/','2026-12-04 16:04:31.903127',200,'sha256:da1e0712a87191c2a6f868e1863c01e7ec491ca9110112098af0f787a98d6c02','14 halaman diperiksa','not-found');
INSERT INTO "evidence" VALUES(61,30,'https://127.0.1.1:40049/','2026-12-04 16:04:31.903127',200,'sha256:da1e0712a87191c2a6f868e1863c01e7ec491ca9110112098af0f787a98d6c02','(0551) 898863, ppid@provinsisimulasiprov.go.id','contact-text');
INSERT INTO "evidence" VALUES(62,31,'https://127.0.1.1:40049/','2026-12-04 16:04:31.903127',200,'sha256:da1e0712a87191c2a6f868e1863c01e7ec491ca9110112098af0f787a98d6c02','SP4N-LAPOR! -> https://www.lapor.go.id/','lapor-link');
INSERT INTO "evidence" VALUES(63,31,'https://127.0.1.1:40049/profil/profil-ppid','2026-12-04 16:04:31.949140',200,'sha256:bde9e9dfa215a92e323f384bf9d2337656eea5885dd27acec5917b8697194e73','SP4N-LAPOR! -> https://www.lapor.go.id/','lapor-link');
INSERT INTO "evidence" VALUES(64,31,'https://127.0.1.1:40049/informasi/informasi-berkala','2026-12-04 16:04:31.949436',200,'sha256:a747d4a81a8688562e8cb8607af2f01191a666c6260c8cf6d648a2a3c3dd18a4','SP4N-LAPOR! -> https://www.lapor.go.id/','lapor-link');
INSERT INTO "evidence" VALUES(65,31,'https://127.0.1.1:40049/informasi/informasi-serta-merta','2026-12-04 16:04:31.949905',200,'sha256:a90ed75861e613fc8adfa22c9d453ce69d67c1682124c293c5da33ed252729ec','SP4N-LAPOR! -> https://www.lapor.go.id/','lapor-link');
INSERT INTO "evidence" VALUES(66,31,'https://127.0.1.1:40049/informasi/informasi-setiap-saat','2026-12-04 16:04:31.952329',200,'sha256:7f4611e32f7845899c18205c1d395f6398ec9c91019a1c71ed08a4d6d2fd20a2','SP4N-LAPOR! -> https://www.lapor.go.id/','lapor-link');
INSERT INTO "evidence" VALUES(67,32,'https://127.0.1.1:40049/','2026-12-04 16:04:31.903127',200,'sha256:da1e0712a87191c2a6f868e1863c01e7ec491ca9110112098af0f787a98d6c02','Dokumen > Laporan Layanan Infomrasi Publik','menu');
INSERT INTO "evidence" VALUES(68,32,'https://127.0.1.1:40049/profil/profil-ppid','2026-12-04 16:04:31.949140',200,'sha256:bde9e9dfa215a92e323f384bf9d2337656eea5885dd27acec5917b8697194e73','Dokumen > Laporan Layanan Infomrasi Publik','menu');
INSERT INTO "evidence" VALUES(69,32,'https://127.0.1.1:40049/informasi/informasi-berkala','2026-12-04 16:04:31.949436',200,'sha256:a747d4a81a8688562e8cb8607af2f01191a666c6260c8cf6d648a2a3c3dd18a4','E. Ringkasan Laporan Akses Informasi','heading');
INSERT INTO "evidence" VALUES(70,32,'https://127.0.1.1:40049/informasi/informasi-berkala','2026-12-04 16:04:31.949436',200,'sha256:a747d4a81a8688562e8cb8607af2f01191a666c6260c8cf6d648a2a3c3dd18a4','Dokumen > Laporan Layanan Infomrasi Publik','menu');
INSERT INTO "evidence" VALUES(71,32,'https://127.0.1.1:40049/informasi/informasi-serta-merta','2026-12-04 16:04:31.949905',200,'sha256:a90ed75861e613fc8adfa22c9d453ce69d67c1682124c293c5da33ed252729ec','Dokumen > Laporan Layanan Infomrasi Publik','menu');
INSERT INTO "evidence" VALUES(72,33,'https://127.0.1.1:40049/informasi/informasi-berkala','2026-12-04 16:04:31.949436',200,'sha256:a747d4a81a8688562e8cb8607af2f01191a666c6260c8cf6d648a2a3c3dd18a4','Tahun 2025 (Laporan PPID Tahun 2025.pdf)','date:filename');
INSERT INTO "evidence" VALUES(73,34,'https://127.0.1.1:40049/storage/informasi/berkala/Pengaduan%20Masyarakat%20(WBS)%20Semester%20I%202025.pdf','2026-12-04 16:04:32.373925',404,NULL,'Unduh','document:HTTP 404');
INSERT INTO "evidence" VALUES(74,35,'https://127.0.1.1:40049/','2026-12-04 16:04:31.903127',200,'sha256:da1e0712a87191c2a6f868e1863c01e7ec491ca9110112098af0f787a98d6c02','Standar Layanan > Maklumat Pelayanan','menu');
INSERT INTO "evidence" VALUES(75,35,'https://127.0.1.1:40049/profil/profil-ppid','2026-12-04 16:04:31.949140',200,'sha256:bde9e9dfa215a92e323f384bf9d2337656eea5885dd27acec5917b8697194e73','Standar Layanan > Maklumat Pelayanan','menu');
INSERT INTO "evidence" VALUES(76,35,'https://127.0.1.1:40049/informasi/informasi-berkala','2026-12-04 16:04:31.949436',200,'sha256:a747d4a81a8688562e8cb8607af2f01191a666c6260c8cf6d648a2a3c3dd18a4','Standar Layanan > Maklumat Pelayanan','menu');
INSERT INTO "evidence" VALUES(77,35,'https://127.0.1.1:40049/informasi/informasi-serta-merta','2026-12-04 16:04:31.949905',200,'sha256:a90ed75861e613fc8adfa22c9d453ce69d67c1682124c293c5da33ed252729ec','Standar Layanan > Maklumat Pelayanan','menu');
INSERT INTO "evidence" VALUES(78,35,'https://127.0.1.1:40049/informasi/informasi-setiap-saat','2026-12-04 16:04:31.952329',200,'sha256:7f4611e32f7845899c18205c1d395f6398ec9c91019a1c71ed08a4d6d2fd20a2','Standar Layanan > Maklumat Pelayanan','menu');
INSERT INTO "evidence" VALUES(79,37,'https://127.0.1.1:40049/','2026-12-04 16:04:31.903127',200,'sha256:da1e0712a87191c2a6f868e1863c01e7ec491ca9110112098af0f787a98d6c02','form action=https://127.0.1.1:40049/cari field=q','search-form');
INSERT INTO "evidence" VALUES(80,38,'https://127.0.1.1:40049/','2026-12-04 16:04:31.903127',200,'sha256:da1e0712a87191c2a6f868e1863c01e7ec491ca9110112098af0f787a98d6c02','Profil > Struktur Organisasi PPID','menu');
INSERT INTO "evidence" VALUES(81,38,'https://127.0.1.1:40049/profil/profil-ppid','2026-12-04 16:04:31.949140',200,'sha256:bde9e9dfa215a92e323f384bf9d2337656eea5885dd27acec5917b8697194e73','Struktur Organisasi PPID – PPID Provinsi Simulasi','title');
INSERT INTO "evidence" VALUES(82,38,'https://127.0.1.1:40049/profil/profil-ppid','2026-12-04 16:04:31.949140',200,'sha256:bde9e9dfa215a92e323f384bf9d2337656eea5885dd27acec5917b8697194e73','Struktur Organisasi PPID','heading');
INSERT INTO "evidence" VALUES(83,38,'https://127.0.1.1:40049/profil/profil-ppid','2026-12-04 16:04:31.949140',200,'sha256:bde9e9dfa215a92e323f384bf9d2337656eea5885dd27acec5917b8697194e73','Tugas dan Fungsi','heading');
INSERT INTO "evidence" VALUES(84,38,'https://127.0.1.1:40049/profil/profil-ppid','2026-12-04 16:04:31.949140',200,'sha256:bde9e9dfa215a92e323f384bf9d2337656eea5885dd27acec5917b8697194e73','Visi dan Misi','heading');
INSERT INTO "evidence" VALUES(85,39,'https://127.0.1.1:40049/storage/informasi/profil/Keputusan%20Penetapan%20PPID%20Tahun%202025.pdf','2026-12-04 16:04:32.037524',200,NULL,'Unduh','document');
INSERT INTO "evidence" VALUES(86,40,'https://127.0.1.1:40049/profil/profil-ppid','2026-12-04 16:04:31.949140',200,'sha256:bde9e9dfa215a92e323f384bf9d2337656eea5885dd27acec5917b8697194e73','Keputusan Penetapan PPID Tahun 2025.pdf','file-name');
INSERT INTO "evidence" VALUES(87,41,'https://127.0.1.1:40049/storage/informasi/profil/Keputusan%20Penetapan%20PPID%20Tahun%202025.pdf','2026-12-04 16:04:32.037524',200,NULL,'Keputusan Penetapan PPID Tahun 2025.pdf','document');
INSERT INTO "evidence" VALUES(88,42,'https://127.0.1.1:40049/','2026-12-04 16:04:31.903127',200,'sha256:da1e0712a87191c2a6f868e1863c01e7ec491ca9110112098af0f787a98d6c02','Standar Layanan > SOP Penanganan Keberatan','menu');
INSERT INTO "evidence" VALUES(89,42,'https://127.0.1.1:40049/profil/profil-ppid','2026-12-04 16:04:31.949140',200,'sha256:bde9e9dfa215a92e323f384bf9d2337656eea5885dd27acec5917b8697194e73','Standar Layanan > SOP Penanganan Keberatan','menu');
INSERT INTO "evidence" VALUES(90,42,'https://127.0.1.1:40049/informasi/informasi-berkala','2026-12-04 16:04:31.949436',200,'sha256:a747d4a81a8688562e8cb8607af2f01191a666c6260c8cf6d648a2a3c3dd18a4','Standar Layanan > SOP Penanganan Keberatan','menu');
INSERT INTO "evidence" VALUES(91,42,'https://127.0.1.1:40049/informasi/informasi-serta-merta','2026-12-04 16:04:31.949905',200,'sha256:a90ed75861e613fc8adfa22c9d453ce69d67c1682124c293c5da33ed252729ec','Standar Layanan > SOP Penanganan Keberatan','menu');
INSERT INTO "evidence" VALUES(92,42,'https://127.0.1.1:40049/informasi/informasi-setiap-saat','2026-12-04 16:04:31.952329',200,'sha256:7f4611e32f7845899c18205c1d395f6398ec9c91019a1c71ed08a4d6d2fd20a2','Standar Layanan > SOP Penanganan Keberatan','menu');
INSERT INTO "evidence" VALUES(93,44,'https://127.0.1.1:40049/','2026-12-04 16:04:31.903127',200,'sha256:da1e0712a87191c2a6f868e1863c01e7ec491ca9110112098af0f787a98d6c02','Standar Layanan > SOP Pelayanan Informasi','menu');
INSERT INTO "evidence" VALUES(94,44,'https://127.0.1.1:40049/profil/profil-ppid','2026-12-04 16:04:31.949140',200,'sha256:bde9e9dfa215a92e323f384bf9d2337656eea5885dd27acec5917b8697194e73','Standar Layanan > SOP Pelayanan Informasi','menu');
INSERT INTO "evidence" VALUES(95,44,'https://127.0.1.1:40049/informasi/informasi-berkala','2026-12-04 16:04:31.949436',200,'sha256:a747d4a81a8688562e8cb8607af2f01191a666c6260c8cf6d648a2a3c3dd18a4','Standar Layanan > SOP Pelayanan Informasi','menu');
INSERT INTO "evidence" VALUES(96,44,'https://127.0.1.1:40049/informasi/informasi-serta-merta','2026-12-04 16:04:31.949905',200,'sha256:a90ed75861e613fc8adfa22c9d453ce69d67c1682124c293c5da33ed252729ec','Standar Layanan > SOP Pelayanan Informasi','menu');
INSERT INTO "evidence" VALUES(97,44,'https://127.0.1.1:40049/informasi/informasi-setiap-saat','2026-12-04 16:04:31.952329',200,'sha256:7f4611e32f7845899c18205c1d395f6398ec9c91019a1c71ed08a4d6d2fd20a2','Standar Layanan > SOP Pelayanan Informasi','menu');
INSERT INTO "evidence" VALUES(98,46,'https://127.0.1.1:40049/storage/informasi/berkala/Pengaduan%20Masyarakat%20(WBS)%20Semester%20I%202025.pdf','2026-12-04 16:04:32.373925',404,NULL,'Unduh','HTTP 404; dirujuk dari https://127.0.1.1:40049/informasi/informasi-berkala');
INSERT INTO "evidence" VALUES(99,47,'https://127.0.1.1:40049/','2026-12-04 16:04:31.903127',200,'sha256:da1e0712a87191c2a6f868e1863c01e7ec491ca9110112098af0f787a98d6c02','','');
INSERT INTO "evidence" VALUES(100,67,'https://127.0.1.2:40049/','2026-12-04 16:04:31.903538',NULL,NULL,'','start');
CREATE TABLE fetches (
	id INTEGER NOT NULL, 
	run_id INTEGER NOT NULL, 
	site_id VARCHAR(100) NOT NULL, 
	url TEXT NOT NULL, 
	final_url TEXT, 
	kind VARCHAR(20) NOT NULL, 
	method VARCHAR(10) NOT NULL, 
	status INTEGER, 
	content_type VARCHAR(200), 
	declared_size INTEGER, 
	size INTEGER NOT NULL, 
	digest VARCHAR(80), 
	encoding VARCHAR(40), 
	encoding_source VARCHAR(20), 
	last_modified VARCHAR(80), 
	elapsed_ms INTEGER NOT NULL, 
	fetched_at DATETIME NOT NULL, 
	depth INTEGER NOT NULL, 
	referrer TEXT, 
	error VARCHAR(40), 
	error_detail TEXT, 
	truncated BOOLEAN NOT NULL, 
	redirects_json TEXT NOT NULL, 
	title TEXT, 
	PRIMARY KEY (id), 
	FOREIGN KEY(run_id) REFERENCES runs (id) ON DELETE CASCADE, 
	FOREIGN KEY(site_id) REFERENCES sites (id)
);
INSERT INTO "fetches" VALUES(1,1,'99','https://127.0.1.1:40049/robots.txt','https://127.0.1.1:40049/robots.txt','robots','GET',200,'text/plain',48,48,'sha256:7f1b3fbd5b038a6178e47effad5f57171f63caec599b45dbce485211f5c84648',NULL,NULL,NULL,11,'2026-12-04 16:04:31.903762',0,NULL,NULL,NULL,0,'[]',NULL);
INSERT INTO "fetches" VALUES(2,1,'99','https://127.0.1.1:40049/','https://127.0.1.1:40049/','page','GET',200,'text/html',4338,4338,'sha256:da1e0712a87191c2a6f868e1863c01e7ec491ca9110112098af0f787a98d6c02','utf-8','header',NULL,2,'2026-12-04 16:04:31.903127',0,NULL,NULL,NULL,0,'[]','Beranda – PPID Provinsi Simulasi');
INSERT INTO "fetches" VALUES(3,1,'99','https://www.lapor.go.id/','https://www.lapor.go.id/','external','HEAD',NULL,NULL,NULL,0,NULL,NULL,NULL,NULL,0,'2026-12-04 16:04:31.948969',1,'https://127.0.1.1:40049/','dns','www.lapor.go.id: Name or service not known',0,'[]',NULL);
INSERT INTO "fetches" VALUES(4,1,'99','https://127.0.1.1:40049/sitemap.xml','https://127.0.1.1:40049/sitemap.xml','sitemap','GET',404,'text/html',3593,3593,'sha256:536abd711e94bec0929d2c77a955a5cab888edc57fa982400e5be9cca37f1e87',NULL,NULL,NULL,3,'2026-12-04 16:04:31.947324',0,NULL,NULL,NULL,0,'[]',NULL);
INSERT INTO "fetches" VALUES(5,1,'99','https://127.0.1.1:40049/profil/profil-ppid','https://127.0.1.1:40049/profil/profil-ppid','page','GET',200,'text/html',4819,4819,'sha256:bde9e9dfa215a92e323f384bf9d2337656eea5885dd27acec5917b8697194e73','utf-8','header',NULL,3,'2026-12-04 16:04:31.949140',1,'https://127.0.1.1:40049/',NULL,NULL,0,'[]','Struktur Organisasi PPID – PPID Provinsi Simulasi');
INSERT INTO "fetches" VALUES(6,1,'99','https://127.0.1.1:40049/informasi/informasi-berkala','https://127.0.1.1:40049/informasi/informasi-berkala','page','GET',200,'text/html',10347,10347,'sha256:a747d4a81a8688562e8cb8607af2f01191a666c6260c8cf6d648a2a3c3dd18a4','utf-8','header',NULL,2,'2026-12-04 16:04:31.949436',1,'https://127.0.1.1:40049/',NULL,NULL,0,'[]','Informasi Berkala – PPID Provinsi Simulasi');
INSERT INTO "fetches" VALUES(7,1,'99','https://127.0.1.1:40049/informasi/informasi-serta-merta','https://127.0.1.1:40049/informasi/informasi-serta-merta','page','GET',200,'text/html',4533,4533,'sha256:a90ed75861e613fc8adfa22c9d453ce69d67c1682124c293c5da33ed252729ec','utf-8','header',NULL,2,'2026-12-04 16:04:31.949905',1,'https://127.0.1.1:40049/',NULL,NULL,0,'[]','Informasi Serta Merta – PPID Provinsi Simulasi');
INSERT INTO "fetches" VALUES(8,1,'99','https://127.0.1.1:40049/informasi/informasi-setiap-saat','https://127.0.1.1:40049/informasi/informasi-setiap-saat','page','GET',200,'text/html',5898,5898,'sha256:7f4611e32f7845899c18205c1d395f6398ec9c91019a1c71ed08a4d6d2fd20a2','utf-8','header',NULL,2,'2026-12-04 16:04:31.952329',1,'https://127.0.1.1:40049/',NULL,NULL,0,'[]','Informasi Setiap Saat – PPID Provinsi Simulasi');
INSERT INTO "fetches" VALUES(9,1,'99','https://127.0.1.1:40049/standar-layanan/sop-permohonan','https://127.0.1.1:40049/standar-layanan/sop-permohonan','page','GET',200,'text/html',4327,4327,'sha256:b7c9cbf45c53afe68605e98cfcae73b2784e950ef8701b6e6302090862c5b491','utf-8','header',NULL,6,'2026-12-04 16:04:32.025591',1,'https://127.0.1.1:40049/',NULL,NULL,0,'[]','SOP Pelayanan Informasi – PPID Provinsi Simulasi');
INSERT INTO "fetches" VALUES(10,1,'99','https://127.0.1.1:40049/storage/informasi/profil/Keputusan%20Penetapan%20PPID%20Tahun%202025.pdf','https://127.0.1.1:40049/storage/informasi/profil/Keputusan%20Penetapan%20PPID%20Tahun%202025.pdf','document','HEAD',200,'application/pdf',996,0,NULL,NULL,NULL,'Sun, 22 Jun 2025 02:00:00 GMT',1,'2026-12-04 16:04:32.037524',2,'https://127.0.1.1:40049/profil/profil-ppid',NULL,NULL,0,'[]',NULL);
INSERT INTO "fetches" VALUES(11,1,'99','https://127.0.1.1:40049/standar-layanan/sop-keberatan','https://127.0.1.1:40049/standar-layanan/sop-keberatan','page','GET',200,'text/html',4254,4254,'sha256:bb56bde5b73f3014f6d5ec357460cdeac4564a465f850c913a31ae56efc28b4a','utf-8','header',NULL,5,'2026-12-04 16:04:32.059423',1,'https://127.0.1.1:40049/',NULL,NULL,0,'[]','SOP Penanganan Keberatan – PPID Provinsi Simulasi');
INSERT INTO "fetches" VALUES(12,1,'99','https://127.0.1.1:40049/storage/informasi/berkala/Rencana%20Kerja%20(Renja)%20TA%202026.pdf','https://127.0.1.1:40049/storage/informasi/berkala/Rencana%20Kerja%20(Renja)%20TA%202026.pdf','document','HEAD',200,'application/pdf',991,0,NULL,NULL,NULL,'Wed, 14 Oct 2026 02:00:00 GMT',1,'2026-12-04 16:04:32.080076',2,'https://127.0.1.1:40049/informasi/informasi-berkala',NULL,NULL,0,'[]',NULL);
INSERT INTO "fetches" VALUES(13,1,'99','https://127.0.1.1:40049/standar-layanan/maklumat-pelayanan','https://127.0.1.1:40049/standar-layanan/maklumat-pelayanan','page','GET',200,'text/html',3723,3723,'sha256:f38665a6d16af442318a4c8f4a09a0646251d2a600b423c861f95bcd2f689ac5','utf-8','header',NULL,9,'2026-12-04 16:04:32.097220',1,'https://127.0.1.1:40049/',NULL,NULL,0,'[]','Maklumat Pelayanan – PPID Provinsi Simulasi');
INSERT INTO "fetches" VALUES(14,1,'99','https://127.0.1.1:40049/storage/informasi/berkala/LKjIP%20Tahun%202025.pdf','https://127.0.1.1:40049/storage/informasi/berkala/LKjIP%20Tahun%202025.pdf','document','HEAD',200,'application/pdf',962,0,NULL,NULL,NULL,'Tue, 24 Nov 2026 02:00:00 GMT',1,'2026-12-04 16:04:32.103887',2,'https://127.0.1.1:40049/informasi/informasi-berkala',NULL,NULL,0,'[]',NULL);
INSERT INTO "fetches" VALUES(15,1,'99','https://127.0.1.1:40049/layanan/formulir-permohonan','https://127.0.1.1:40049/layanan/formulir-permohonan','page','GET',200,'text/html',5159,5159,'sha256:8ff16bf37abbe9db263e4529ad6d9baa764aec2ea278fa7af4ba1e6b619fde98','utf-8','header',NULL,11,'2026-12-04 16:04:32.129759',1,'https://127.0.1.1:40049/',NULL,NULL,0,'[]','Formulir Permintaan Informasi – PPID Provinsi Simulasi');
INSERT INTO "fetches" VALUES(16,1,'99','https://127.0.1.1:40049/storage/informasi/berkala/Laporan%20Realisasi%20Anggaran%20(LRA)%20Tahun%202025.pdf','https://127.0.1.1:40049/storage/informasi/berkala/Laporan%20Realisasi%20Anggaran%20(LRA)%20Tahun%202025.pdf','document','HEAD',200,'application/pdf',1020,0,NULL,NULL,NULL,'Sat, 28 Nov 2026 02:00:00 GMT',6,'2026-12-04 16:04:32.148750',2,'https://127.0.1.1:40049/informasi/informasi-berkala',NULL,NULL,0,'[]',NULL);
INSERT INTO "fetches" VALUES(17,1,'99','https://127.0.1.1:40049/layanan/formulir-keberatan','https://127.0.1.1:40049/layanan/formulir-keberatan','page','GET',200,'text/html',4715,4715,'sha256:4a7c410eb754908641c8407204c7f6ad01ddb2f57d80442fffb49b2f02531371','utf-8','header',NULL,4,'2026-12-04 16:04:32.187850',1,'https://127.0.1.1:40049/',NULL,NULL,0,'[]','Formulir Keberatan – PPID Provinsi Simulasi');
INSERT INTO "fetches" VALUES(18,1,'99','https://127.0.1.1:40049/storage/informasi/laporan/Laporan%20PPID%20Tahun%202025.pdf','https://127.0.1.1:40049/storage/informasi/laporan/Laporan%20PPID%20Tahun%202025.pdf','document','HEAD',200,'application/pdf',975,0,NULL,NULL,NULL,'Fri, 06 Feb 2026 02:00:00 GMT',1,'2026-12-04 16:04:32.200902',2,'https://127.0.1.1:40049/informasi/informasi-berkala',NULL,NULL,0,'[]',NULL);
INSERT INTO "fetches" VALUES(19,1,'99','https://127.0.1.1:40049/informasi/laporan-layanan','https://127.0.1.1:40049/informasi/laporan-layanan','page','GET',200,'text/html',4582,4582,'sha256:4091e521f3e00c3de96f018291dad6c657869e20044b4bedd63871c4ef2f5103','utf-8','header',NULL,8,'2026-12-04 16:04:32.248223',1,'https://127.0.1.1:40049/',NULL,NULL,0,'[]','Laporan Layanan Infomrasi Publik – PPID Provinsi Simulasi');
INSERT INTO "fetches" VALUES(20,1,'99','https://127.0.1.1:40049/storage/informasi/berkala/Peraturan%20Bupati%20Agustus%202026.pdf','https://127.0.1.1:40049/storage/informasi/berkala/Peraturan%20Bupati%20Agustus%202026.pdf','document','HEAD',200,'application/pdf',986,0,NULL,NULL,NULL,'Wed, 05 Aug 2026 02:00:00 GMT',5,'2026-12-04 16:04:32.263832',2,'https://127.0.1.1:40049/informasi/informasi-berkala',NULL,NULL,0,'[]',NULL);
INSERT INTO "fetches" VALUES(21,1,'99','https://127.0.1.1:40049/berita','https://127.0.1.1:40049/berita','page','GET',200,'text/html',3939,3939,'sha256:dad277faad2f7df2fe61dfac8bd0e3ab4e0b2e1b443ffbba038d6f6bec0138fd','utf-8','header',NULL,10,'2026-12-04 16:04:32.288491',1,'https://127.0.1.1:40049/',NULL,NULL,0,'[]','Berita – PPID Provinsi Simulasi');
INSERT INTO "fetches" VALUES(22,1,'99','https://127.0.1.1:40049/storage/informasi/berkala/Hak%20Pemohon%20dan%20Biaya%20Semester%20I%202026.pdf','https://127.0.1.1:40049/storage/informasi/berkala/Hak%20Pemohon%20dan%20Biaya%20Semester%20I%202026.pdf','document','HEAD',200,'application/pdf',1000,0,NULL,NULL,NULL,'Sun, 12 Jul 2026 02:00:00 GMT',2,'2026-12-04 16:04:32.290187',2,'https://127.0.1.1:40049/informasi/informasi-berkala',NULL,NULL,0,'[]',NULL);
INSERT INTO "fetches" VALUES(23,1,'99','https://127.0.1.1:40049/berita/0/festival-budaya-rimba-hulu-meriah','https://127.0.1.1:40049/berita/0/festival-budaya-rimba-hulu-meriah','page','GET',200,'text/html',4510,4510,'sha256:fdfe8e2ebaedf6ca21ab43698ea5ad4de6a917a2369dc34216bdf86b54974078','utf-8','header',NULL,13,'2026-12-04 16:04:32.317776',1,'https://127.0.1.1:40049/',NULL,NULL,0,'[]','Festival Budaya Rimba Hulu Meriah – PPID Provinsi Simulasi');
INSERT INTO "fetches" VALUES(24,1,'99','https://127.0.1.1:40049/storage/informasi/berkala/Pengaduan%20Masyarakat%20(WBS)%20Tahun%202026.pdf','https://127.0.1.1:40049/storage/informasi/berkala/Pengaduan%20Masyarakat%20(WBS)%20Tahun%202026.pdf','document','HEAD',200,'application/pdf',1007,0,NULL,NULL,NULL,'Fri, 21 Aug 2026 02:00:00 GMT',6,'2026-12-04 16:04:32.331431',2,'https://127.0.1.1:40049/informasi/informasi-berkala',NULL,NULL,0,'[]',NULL);
INSERT INTO "fetches" VALUES(25,1,'99','https://127.0.1.1:40049/berita/1/penyaluran-bantuan-sosial-tahap-1','https://127.0.1.1:40049/berita/1/penyaluran-bantuan-sosial-tahap-1','page','GET',200,'text/html',4505,4505,'sha256:e16c4751f871677acf98379a558833a625bc7c553c88991ce0b45df17d7a9761','utf-8','header',NULL,5,'2026-12-04 16:04:32.371838',1,'https://127.0.1.1:40049/',NULL,NULL,0,'[]','Penyaluran Bantuan Sosial Tahap 1 – PPID Provinsi Simulasi');
INSERT INTO "fetches" VALUES(26,1,'99','https://127.0.1.1:40049/storage/informasi/berkala/Pengaduan%20Masyarakat%20(WBS)%20Semester%20I%202025.pdf','https://127.0.1.1:40049/storage/informasi/berkala/Pengaduan%20Masyarakat%20(WBS)%20Semester%20I%202025.pdf','document','HEAD',404,'text/html',3593,0,NULL,NULL,NULL,NULL,2,'2026-12-04 16:04:32.373925',2,'https://127.0.1.1:40049/informasi/informasi-berkala',NULL,NULL,0,'[]',NULL);
INSERT INTO "fetches" VALUES(27,1,'99','https://127.0.1.1:40049/storage/informasi/berkala/Rencana%20Umum%20Pengadaan%20(RUP)%20Tahun%202026.pdf','https://127.0.1.1:40049/storage/informasi/berkala/Rencana%20Umum%20Pengadaan%20(RUP)%20Tahun%202026.pdf','document','HEAD',200,'application/pdf',1010,0,NULL,NULL,NULL,'Thu, 01 Oct 2026 02:00:00 GMT',7,'2026-12-04 16:04:32.406659',2,'https://127.0.1.1:40049/informasi/informasi-berkala',NULL,NULL,0,'[]',NULL);
INSERT INTO "fetches" VALUES(28,1,'99','https://127.0.1.1:40049/storage/informasi/berkala/Rencana%20Umum%20Pengadaan%20(RUP)%20Semester%20I%202025.pdf','https://127.0.1.1:40049/storage/informasi/berkala/Rencana%20Umum%20Pengadaan%20(RUP)%20Semester%20I%202025.pdf','document','HEAD',200,'application/pdf',1020,0,NULL,NULL,NULL,'Wed, 01 Oct 2025 02:00:00 GMT',8,'2026-12-04 16:04:32.408207',2,'https://127.0.1.1:40049/informasi/informasi-berkala',NULL,NULL,0,'[]',NULL);
INSERT INTO "fetches" VALUES(29,1,'99','https://127.0.1.1:40049/storage/informasi/berkala/Jalur%20Evakuasi%20Kantor%20Semester%20I%202026.pdf','https://127.0.1.1:40049/storage/informasi/berkala/Jalur%20Evakuasi%20Kantor%20Semester%20I%202026.pdf','document','HEAD',200,'application/pdf',1002,0,NULL,NULL,NULL,'Thu, 08 Oct 2026 02:00:00 GMT',8,'2026-12-04 16:04:32.446363',2,'https://127.0.1.1:40049/informasi/informasi-berkala',NULL,NULL,0,'[]',NULL);
INSERT INTO "fetches" VALUES(30,1,'99','https://127.0.1.1:40049/storage/informasi/berkala/Jalur%20Evakuasi%20Kantor%20Tahun%202025.pdf','https://127.0.1.1:40049/storage/informasi/berkala/Jalur%20Evakuasi%20Kantor%20Tahun%202025.pdf','document','HEAD',200,'application/pdf',992,0,NULL,NULL,NULL,'Wed, 08 Oct 2025 02:00:00 GMT',7,'2026-12-04 16:04:32.456845',2,'https://127.0.1.1:40049/informasi/informasi-berkala',NULL,NULL,0,'[]',NULL);
INSERT INTO "fetches" VALUES(31,1,'99','https://127.0.1.1:40049/storage/informasi/setiap-saat/Kebijakan%20Keterbukaan%20Informasi%202024.pdf','https://127.0.1.1:40049/storage/informasi/setiap-saat/Kebijakan%20Keterbukaan%20Informasi%202024.pdf','document','HEAD',200,'application/pdf',1001,0,NULL,NULL,NULL,'Sun, 13 Oct 2024 02:00:00 GMT',7,'2026-12-04 16:04:32.488058',2,'https://127.0.1.1:40049/informasi/informasi-setiap-saat',NULL,NULL,0,'[]',NULL);
INSERT INTO "fetches" VALUES(32,1,'99','https://127.0.1.1:40049/storage/informasi/dikecualikan/SuratKeteranganDIK%20Th2025.pdf','https://127.0.1.1:40049/storage/informasi/dikecualikan/SuratKeteranganDIK%20Th2025.pdf','document','HEAD',200,'application/pdf',976,0,NULL,NULL,NULL,'Mon, 07 Apr 2025 02:00:00 GMT',7,'2026-12-04 16:04:32.511729',2,'https://127.0.1.1:40049/informasi/informasi-setiap-saat',NULL,NULL,0,'[]',NULL);
INSERT INTO "fetches" VALUES(33,1,'99','https://127.0.1.1:40049/storage/informasi/setiap-saat/Perjanjian%20Kerja%20Sama%20(MoU)%202026.pdf','https://127.0.1.1:40049/storage/informasi/setiap-saat/Perjanjian%20Kerja%20Sama%20(MoU)%202026.pdf','document','HEAD',200,'application/pdf',997,0,NULL,NULL,NULL,'Mon, 12 Jan 2026 02:00:00 GMT',4,'2026-12-04 16:04:32.539358',2,'https://127.0.1.1:40049/informasi/informasi-setiap-saat',NULL,NULL,0,'[]',NULL);
INSERT INTO "fetches" VALUES(34,1,'99','https://127.0.1.1:40049/storage/informasi/setiap-saat/Hasil%20Uji%20Konsekuensi%202024.pdf','https://127.0.1.1:40049/storage/informasi/setiap-saat/Hasil%20Uji%20Konsekuensi%202024.pdf','document','HEAD',200,'application/pdf',978,0,NULL,NULL,NULL,'Sun, 21 Jul 2024 02:00:00 GMT',12,'2026-12-04 16:04:32.558839',2,'https://127.0.1.1:40049/informasi/informasi-setiap-saat',NULL,NULL,0,'[]',NULL);
INSERT INTO "fetches" VALUES(35,1,'99','https://127.0.1.1:40049/storage/informasi/laporan/Laporan%20PPID%20Tahun%202024.pdf','https://127.0.1.1:40049/storage/informasi/laporan/Laporan%20PPID%20Tahun%202024.pdf','document','HEAD',200,'application/pdf',976,0,NULL,NULL,NULL,'Sat, 22 Feb 2025 02:00:00 GMT',11,'2026-12-04 16:04:32.578840',2,'https://127.0.1.1:40049/informasi/laporan-layanan',NULL,NULL,0,'[]',NULL);
INSERT INTO "fetches" VALUES(36,1,'99','https://127.0.1.1:40049/storage/informasi/laporan/Laporan%20Tahunan%20Pelayanan%20Informasi%20Publik%20Tahun%202023.pdf','https://127.0.1.1:40049/storage/informasi/laporan/Laporan%20Tahunan%20Pelayanan%20Informasi%20Publik%20Tahun%202023.pdf','document','HEAD',200,'application/pdf',1035,0,NULL,NULL,NULL,'Fri, 26 Jan 2024 02:00:00 GMT',15,'2026-12-04 16:04:32.608817',2,'https://127.0.1.1:40049/informasi/laporan-layanan',NULL,NULL,0,'[]',NULL);
INSERT INTO "fetches" VALUES(37,1,'99.01','https://127.0.1.2:40049/robots.txt','https://127.0.1.2:40049/robots.txt','robots','GET',NULL,NULL,NULL,0,NULL,NULL,NULL,NULL,1,'2026-12-04 16:04:31.903620',0,NULL,'connect','koneksi gagal: all attempts to connect to 127.0.1.2:40049 failed',0,'[]',NULL);
INSERT INTO "fetches" VALUES(38,1,'99.01','https://127.0.1.2:40049/','https://127.0.1.2:40049/','page','GET',NULL,NULL,NULL,0,NULL,NULL,NULL,NULL,1,'2026-12-04 16:04:31.903538',0,NULL,'connect','koneksi gagal: all attempts to connect to 127.0.1.2:40049 failed',0,'[]',NULL);
CREATE TABLE links (
	id INTEGER NOT NULL, 
	run_id INTEGER NOT NULL, 
	site_id VARCHAR(100) NOT NULL, 
	from_url TEXT NOT NULL, 
	to_url TEXT NOT NULL, 
	text TEXT NOT NULL, 
	tag VARCHAR(10) NOT NULL, 
	in_nav BOOLEAN NOT NULL, 
	menu_path TEXT NOT NULL, 
	occurrences INTEGER NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(run_id) REFERENCES runs (id) ON DELETE CASCADE, 
	FOREIGN KEY(site_id) REFERENCES sites (id)
);
INSERT INTO "links" VALUES(1,1,'99','https://127.0.1.1:40049/','https://127.0.1.1:40049/','PPID Provinsi Simulasi','a',1,'',42);
INSERT INTO "links" VALUES(2,1,'99','https://127.0.1.1:40049/','https://127.0.1.1:40049/profil/profil-ppid','Struktur Organisasi PPID','a',1,'Profil',14);
INSERT INTO "links" VALUES(3,1,'99','https://127.0.1.1:40049/','https://127.0.1.1:40049/informasi/informasi-berkala','Informasi Berkala','a',1,'Klasifikasi Informasi',14);
INSERT INTO "links" VALUES(4,1,'99','https://127.0.1.1:40049/','https://127.0.1.1:40049/informasi/informasi-serta-merta','Informasi Serta Merta','a',1,'Klasifikasi Informasi',14);
INSERT INTO "links" VALUES(5,1,'99','https://127.0.1.1:40049/','https://127.0.1.1:40049/informasi/informasi-setiap-saat','Informasi Setiap Saat','a',1,'Klasifikasi Informasi',14);
INSERT INTO "links" VALUES(6,1,'99','https://127.0.1.1:40049/','https://127.0.1.1:40049/standar-layanan/sop-permohonan','SOP Pelayanan Informasi','a',1,'Standar Layanan',14);
INSERT INTO "links" VALUES(7,1,'99','https://127.0.1.1:40049/','https://127.0.1.1:40049/standar-layanan/sop-keberatan','SOP Penanganan Keberatan','a',1,'Standar Layanan',14);
INSERT INTO "links" VALUES(8,1,'99','https://127.0.1.1:40049/','https://127.0.1.1:40049/standar-layanan/maklumat-pelayanan','Maklumat Pelayanan','a',1,'Standar Layanan',14);
INSERT INTO "links" VALUES(9,1,'99','https://127.0.1.1:40049/','https://127.0.1.1:40049/layanan/formulir-permohonan','Formulir Permintaan Informasi','a',1,'Layanan Informasi Online',14);
INSERT INTO "links" VALUES(10,1,'99','https://127.0.1.1:40049/','https://127.0.1.1:40049/layanan/formulir-keberatan','Formulir Keberatan','a',1,'Layanan Informasi Online',14);
INSERT INTO "links" VALUES(11,1,'99','https://127.0.1.1:40049/','https://127.0.1.1:40049/informasi/laporan-layanan','Laporan Layanan Infomrasi Publik','a',1,'Dokumen',14);
INSERT INTO "links" VALUES(12,1,'99','https://127.0.1.1:40049/','https://127.0.1.1:40049/berita','Berita','a',1,'',15);
INSERT INTO "links" VALUES(13,1,'99','https://127.0.1.1:40049/','https://127.0.1.1:40049/berita/0/festival-budaya-rimba-hulu-meriah','Festival Budaya Rimba Hulu Meriah','a',0,'',16);
INSERT INTO "links" VALUES(14,1,'99','https://127.0.1.1:40049/','https://127.0.1.1:40049/berita/1/penyaluran-bantuan-sosial-tahap-1','Penyaluran Bantuan Sosial Tahap 1','a',0,'',16);
INSERT INTO "links" VALUES(15,1,'99','https://127.0.1.1:40049/','https://www.lapor.go.id/','SP4N-LAPOR!','a',0,'',14);
INSERT INTO "links" VALUES(16,1,'99','https://127.0.1.1:40049/profil/profil-ppid','https://127.0.1.1:40049/storage/informasi/profil/Keputusan%20Penetapan%20PPID%20Tahun%202025.pdf','Unduh','a',0,'',1);
INSERT INTO "links" VALUES(17,1,'99','https://127.0.1.1:40049/informasi/informasi-berkala','https://127.0.1.1:40049/storage/informasi/berkala/Rencana%20Kerja%20(Renja)%20TA%202026.pdf','Unduh','a',0,'',1);
INSERT INTO "links" VALUES(18,1,'99','https://127.0.1.1:40049/informasi/informasi-berkala','https://127.0.1.1:40049/storage/informasi/berkala/LKjIP%20Tahun%202025.pdf','Unduh','a',0,'',1);
INSERT INTO "links" VALUES(19,1,'99','https://127.0.1.1:40049/informasi/informasi-berkala','https://127.0.1.1:40049/storage/informasi/berkala/Laporan%20Realisasi%20Anggaran%20(LRA)%20Tahun%202025.pdf','Unduh','a',0,'',1);
INSERT INTO "links" VALUES(20,1,'99','https://127.0.1.1:40049/informasi/informasi-berkala','https://127.0.1.1:40049/storage/informasi/laporan/Laporan%20PPID%20Tahun%202025.pdf','Unduh','a',0,'',2);
INSERT INTO "links" VALUES(21,1,'99','https://127.0.1.1:40049/informasi/informasi-berkala','https://127.0.1.1:40049/storage/informasi/berkala/Peraturan%20Bupati%20Agustus%202026.pdf','Unduh','a',0,'',1);
INSERT INTO "links" VALUES(22,1,'99','https://127.0.1.1:40049/informasi/informasi-berkala','https://127.0.1.1:40049/storage/informasi/berkala/Hak%20Pemohon%20dan%20Biaya%20Semester%20I%202026.pdf','Unduh','a',0,'',1);
INSERT INTO "links" VALUES(23,1,'99','https://127.0.1.1:40049/informasi/informasi-berkala','https://127.0.1.1:40049/storage/informasi/berkala/Pengaduan%20Masyarakat%20(WBS)%20Tahun%202026.pdf','Unduh','a',0,'',1);
INSERT INTO "links" VALUES(24,1,'99','https://127.0.1.1:40049/informasi/informasi-berkala','https://127.0.1.1:40049/storage/informasi/berkala/Pengaduan%20Masyarakat%20(WBS)%20Semester%20I%202025.pdf','Unduh','a',0,'',1);
INSERT INTO "links" VALUES(25,1,'99','https://127.0.1.1:40049/informasi/informasi-berkala','https://127.0.1.1:40049/storage/informasi/berkala/Rencana%20Umum%20Pengadaan%20(RUP)%20Tahun%202026.pdf','Unduh','a',0,'',1);
INSERT INTO "links" VALUES(26,1,'99','https://127.0.1.1:40049/informasi/informasi-berkala','https://127.0.1.1:40049/storage/informasi/berkala/Rencana%20Umum%20Pengadaan%20(RUP)%20Semester%20I%202025.pdf','Unduh','a',0,'',1);
INSERT INTO "links" VALUES(27,1,'99','https://127.0.1.1:40049/informasi/informasi-berkala','https://127.0.1.1:40049/storage/informasi/berkala/Jalur%20Evakuasi%20Kantor%20Semester%20I%202026.pdf','Unduh','a',0,'',1);
INSERT INTO "links" VALUES(28,1,'99','https://127.0.1.1:40049/informasi/informasi-berkala','https://127.0.1.1:40049/storage/informasi/berkala/Jalur%20Evakuasi%20Kantor%20Tahun%202025.pdf','Unduh','a',0,'',1);
INSERT INTO "links" VALUES(29,1,'99','https://127.0.1.1:40049/informasi/informasi-setiap-saat','https://127.0.1.1:40049/storage/informasi/setiap-saat/Kebijakan%20Keterbukaan%20Informasi%202024.pdf','Unduh','a',0,'',1);
INSERT INTO "links" VALUES(30,1,'99','https://127.0.1.1:40049/informasi/informasi-setiap-saat','https://127.0.1.1:40049/storage/informasi/dikecualikan/SuratKeteranganDIK%20Th2025.pdf','Unduh','a',0,'',1);
INSERT INTO "links" VALUES(31,1,'99','https://127.0.1.1:40049/informasi/informasi-setiap-saat','https://127.0.1.1:40049/storage/informasi/setiap-saat/Perjanjian%20Kerja%20Sama%20(MoU)%202026.pdf','Unduh','a',0,'',1);
INSERT INTO "links" VALUES(32,1,'99','https://127.0.1.1:40049/informasi/informasi-setiap-saat','https://127.0.1.1:40049/storage/informasi/setiap-saat/Hasil%20Uji%20Konsekuensi%202024.pdf','Unduh','a',0,'',1);
INSERT INTO "links" VALUES(33,1,'99','https://127.0.1.1:40049/informasi/laporan-layanan','https://127.0.1.1:40049/storage/informasi/laporan/Laporan%20PPID%20Tahun%202024.pdf','Unduh','a',0,'',1);
INSERT INTO "links" VALUES(34,1,'99','https://127.0.1.1:40049/informasi/laporan-layanan','https://127.0.1.1:40049/storage/informasi/laporan/Laporan%20Tahunan%20Pelayanan%20Informasi%20Publik%20Tahun%202023.pdf','Unduh','a',0,'',1);
CREATE TABLE results (
	id INTEGER NOT NULL, 
	run_id INTEGER NOT NULL, 
	site_id VARCHAR(100) NOT NULL, 
	check_id VARCHAR(100) NOT NULL, 
	check_version INTEGER NOT NULL, 
	item VARCHAR(200) NOT NULL, 
	status VARCHAR(20) NOT NULL, 
	severity VARCHAR(20) NOT NULL, 
	indicator VARCHAR(60) NOT NULL, 
	message TEXT NOT NULL, 
	message_en TEXT NOT NULL, 
	value FLOAT, 
	PRIMARY KEY (id), 
	FOREIGN KEY(run_id) REFERENCES runs (id) ON DELETE CASCADE, 
	FOREIGN KEY(site_id) REFERENCES sites (id)
);
INSERT INTO "results" VALUES(1,1,'99','kategori.berkala',1,'present','pass','high','pengumuman_informasi','Informasi Berkala ditemukan (menu: ''Klasifikasi Informasi > Informasi Berkala'').','Periodic information found (menu: ''Klasifikasi Informasi > Informasi Berkala'').',NULL);
INSERT INTO "results" VALUES(2,1,'99','kategori.berkala',1,'coverage','pass','high','pengumuman_informasi','9 dari 10 jenis Informasi Berkala menurut regulasi ditemukan (90%). Belum ditemukan: profil. Lengkapi di menu ''Informasi Publik'' > ''Informasi Berkala''.','9 of 10 kinds of Periodic information required by the regulation were found (90%). Not found: profil. Complete them in menu ''Public Information'' > ''Periodic Information''.',0.9);
INSERT INTO "results" VALUES(3,1,'99','kategori.berkala',1,'current','pass','high','pengumuman_informasi','Informasi Berkala mutakhir: tanggal terbaru 28 November 2026; aturan: informasi berkala diperbarui paling singkat 6 bulan sekali (UU 14/2008 Pasal 9).','Periodic information is current: newest date 28 November 2026; rule: periodic information is updated at least every 6 months (UU 14/2008 art. 9).',NULL);
INSERT INTO "results" VALUES(4,1,'99','kategori.berkala',1,'current.kinerja','pass','high','pengumuman_informasi','kinerja mutakhir: terbaru tahun 2025 (laporan kinerja tidak lebih lama dari tahun anggaran lalu).','kinerja is current: newest is from 2025 (the performance report covers at least last budget year).',NULL);
INSERT INTO "results" VALUES(5,1,'99','kategori.berkala',1,'current.keuangan','pass','high','pengumuman_informasi','keuangan mutakhir: terbaru tahun 2025 (laporan keuangan tidak lebih lama dari tahun anggaran lalu).','keuangan is current: newest is from 2025 (the financial report covers at least last budget year).',NULL);
INSERT INTO "results" VALUES(6,1,'99','kategori.berkala',1,'current.program_kegiatan','pass','high','pengumuman_informasi','program kegiatan mutakhir: terbaru tahun 2026 (program dan kegiatan tahun anggaran berjalan tersedia).','program kegiatan is current: newest is from 2026 (programs and activities of the current budget year are published).',NULL);
INSERT INTO "results" VALUES(7,1,'99','kategori.berkala',1,'current.laporan_akses','pass','high','pengumuman_informasi','laporan akses mutakhir: terbaru tahun 2025 (ringkasan laporan akses informasi tahun lalu terbit paling lambat 31 Maret).','laporan akses is current: newest is from 2025 (last year''s access-to-information report is published by 31 March).',NULL);
INSERT INTO "results" VALUES(8,1,'99','kategori.berkala',1,'current.regulasi','pass','high','pengumuman_informasi','regulasi mutakhir: terbaru Agustus 2026 (peraturan dan keputusan diperbarui paling singkat 6 bulan sekali).','regulasi is current: newest Agustus 2026 (updated at least every 6 months).',NULL);
INSERT INTO "results" VALUES(9,1,'99','kategori.berkala',1,'current.hak_tata_cara','pass','high','pengumuman_informasi','hak tata cara mutakhir: terbaru 12 Juli 2026 (hak dan tata cara diperbarui paling singkat 6 bulan sekali).','hak tata cara is current: newest 12 Juli 2026 (updated at least every 6 months).',NULL);
INSERT INTO "results" VALUES(10,1,'99','kategori.berkala',1,'current.pengaduan','pass','high','pengumuman_informasi','pengaduan mutakhir: terbaru 21 Agustus 2026 (tata cara pengaduan diperbarui paling singkat 6 bulan sekali).','pengaduan is current: newest 21 Agustus 2026 (updated at least every 6 months).',NULL);
INSERT INTO "results" VALUES(11,1,'99','kategori.berkala',1,'current.pengadaan','pass','high','pengumuman_informasi','pengadaan mutakhir: terbaru 01 Oktober 2026 (pengadaan barang dan jasa diperbarui paling singkat 6 bulan sekali).','pengadaan is current: newest 01 Oktober 2026 (updated at least every 6 months).',NULL);
INSERT INTO "results" VALUES(12,1,'99','kategori.berkala',1,'current.peringatan_dini','pass','high','pengumuman_informasi','peringatan dini mutakhir: terbaru 28 November 2026 (peringatan dini dan evakuasi diperbarui paling singkat 6 bulan sekali).','peringatan dini is current: newest 28 November 2026 (updated at least every 6 months).',NULL);
INSERT INTO "results" VALUES(13,1,'99','kategori.berkala',1,'reachable','fail','high','pengumuman_informasi','1 dari 12 dokumen Informasi Berkala tidak dapat dibuka: Pengaduan Masyarakat (WBS) Semester I 2025.pdf (HTTP 404). Unggah ulang berkasnya dan perbaiki tautannya.','1 of 12 Periodic information documents cannot be opened: Pengaduan Masyarakat (WBS) Semester I 2025.pdf (HTTP 404). Re-upload the files and fix the links.',0.917);
INSERT INTO "results" VALUES(14,1,'99','kategori.dikecualikan',1,'present','pass','medium','penyediaan_informasi','Informasi yang Dikecualikan ditemukan (file-name: ''SuratKeteranganDIK Th2025.pdf'').','Exempt information found (file-name: ''SuratKeteranganDIK Th2025.pdf'').',NULL);
INSERT INTO "results" VALUES(15,1,'99','kategori.dikecualikan',1,'coverage','warn','medium','penyediaan_informasi','2 dari 3 jenis Informasi yang Dikecualikan menurut regulasi ditemukan (67%). Belum ditemukan: uji konsekuensi. Lengkapi di menu ''Informasi Publik'' > ''Informasi Dikecualikan'' (Daftar Informasi yang Dikecualikan beserta SK dan hasil uji konsekuensi).','2 of 3 kinds of Exempt information required by the regulation were found (67%). Not found: uji konsekuensi. Complete them in menu ''Public Information'' > ''Exempt Information'' (the exempt-information list with its decree and consequence test).',0.667);
INSERT INTO "results" VALUES(16,1,'99','kategori.dikecualikan',1,'reachable','pass','medium','penyediaan_informasi','Semua 1 dokumen Informasi yang Dikecualikan yang tertaut dapat dibuka.','All 1 linked Exempt information documents can be opened.',1.0);
INSERT INTO "results" VALUES(17,1,'99','kategori.serta_merta',1,'present','warn','medium','pengumuman_informasi','Informasi Serta Merta ditemukan (menu: ''Klasifikasi Informasi > Informasi Serta Merta''). Namun belum ada satu pun pengumuman di dalamnya; umumkan informasi serta merta di sana bila terjadi keadaan darurat.','Immediate information found (menu: ''Klasifikasi Informasi > Informasi Serta Merta''). But it holds no announcement yet; publish immediate information there when emergencies occur.',NULL);
INSERT INTO "results" VALUES(18,1,'99','kategori.serta_merta',1,'reachable','not_applicable','medium','pengumuman_informasi','Tidak ada dokumen Informasi Serta Merta yang tertaut dan diperiksa.','No linked Immediate information document was checked.',NULL);
INSERT INTO "results" VALUES(19,1,'99','kategori.setiap_saat',1,'present','pass','high','penyediaan_informasi','Informasi Setiap Saat ditemukan (menu: ''Klasifikasi Informasi > Informasi Setiap Saat'').','Information available at any time found (menu: ''Klasifikasi Informasi > Informasi Setiap Saat'').',NULL);
INSERT INTO "results" VALUES(20,1,'99','kategori.setiap_saat',1,'coverage','pass','high','penyediaan_informasi','3 dari 4 jenis Informasi Setiap Saat menurut regulasi ditemukan (75%). Belum ditemukan: dip. Lengkapi di menu ''Informasi Publik'' > ''Informasi Setiap Saat''.','3 of 4 kinds of Information available at any time required by the regulation were found (75%). Not found: dip. Complete them in menu ''Public Information'' > ''Information Available at Any Time''.',0.75);
INSERT INTO "results" VALUES(21,1,'99','kategori.setiap_saat',1,'reachable','pass','high','penyediaan_informasi','Semua 4 dokumen Informasi Setiap Saat yang tertaut dapat dibuka.','All 4 linked Information available at any time documents can be opened.',1.0);
INSERT INTO "results" VALUES(22,1,'99','layanan.dip',1,'present','fail','high','penyediaan_informasi','Daftar Informasi Publik (DIP) tidak ditemukan di 14 halaman yang diperiksa. Tambahkan menu ''Informasi Publik'' > ''Daftar Informasi Publik'' (tabel DIP atau dokumen SK DIP tahun berjalan).','Public Information List (DIP) not found in the 14 pages checked. Add menu ''Public Information'' > ''Public Information List'' (a DIP table or this year''s DIP decree).',NULL);
INSERT INTO "results" VALUES(23,1,'99','layanan.dip',1,'current','not_applicable','high','penyediaan_informasi','Tidak dinilai: Daftar Informasi Publik (DIP) belum ditemukan dengan pasti.','Not assessed: Public Information List (DIP) was not found with certainty.',NULL);
INSERT INTO "results" VALUES(24,1,'99','layanan.dip',1,'reachable','not_applicable','high','penyediaan_informasi','Tidak dinilai: Daftar Informasi Publik (DIP) belum ditemukan dengan pasti.','Not assessed: Public Information List (DIP) was not found with certainty.',NULL);
INSERT INTO "results" VALUES(25,1,'99','layanan.formulir_keberatan',1,'present','pass','medium','pelayanan_informasi','Formulir keberatan ditemukan (form: ''form: Nama; Nomor Registrasi Permohonan; Alasan Keberatan; Kasus Posisi Ringkas; Email'').','Objection form found (form: ''form: Nama; Nomor Registrasi Permohonan; Alasan Keberatan; Kasus Posisi Ringkas; Email'').',NULL);
INSERT INTO "results" VALUES(26,1,'99','layanan.formulir_keberatan',1,'reachable','not_applicable','medium','pelayanan_informasi','Tidak ada dokumen Formulir keberatan yang tertaut dan diperiksa.','No linked Objection form document was checked.',NULL);
INSERT INTO "results" VALUES(27,1,'99','layanan.formulir_permohonan',1,'present','pass','high','pelayanan_informasi','Formulir permohonan informasi ditemukan (form: ''form: Nama; NIK/No Identitas; Alamat; No. Telepon; Email; Rincian Informasi yang Dibutuhkan'').','Information request form found (form: ''form: Nama; NIK/No Identitas; Alamat; No. Telepon; Email; Rincian Informasi yang Dibutuhkan'').',NULL);
INSERT INTO "results" VALUES(28,1,'99','layanan.formulir_permohonan',1,'reachable','not_applicable','high','pelayanan_informasi','Tidak ada dokumen Formulir permohonan informasi yang tertaut dan diperiksa.','No linked Information request form document was checked.',NULL);
INSERT INTO "results" VALUES(29,1,'99','layanan.jam_biaya_layanan',1,'present','pass','medium','pelayanan_informasi','Jam/biaya layanan diumumkan (Senin - Kamis : 08.00; tidak dipungut biaya).','Service hours/cost announced (Senin - Kamis : 08.00; tidak dipungut biaya).',NULL);
INSERT INTO "results" VALUES(30,1,'99','layanan.kontak',1,'present','pass','medium','pelayanan_informasi','Kontak PPID ditemukan: (0551) 898863, ppid@provinsisimulasiprov.go.id.','PPID contact found: (0551) 898863, ppid@provinsisimulasiprov.go.id.',NULL);
INSERT INTO "results" VALUES(31,1,'99','layanan.lapor',1,'present','pass','low','pelayanan_informasi','Tautan SP4N LAPOR! ditemukan (lapor-link: ''SP4N-LAPOR! -> https://www.lapor.go.id/'').','SP4N LAPOR! link found (lapor-link: ''SP4N-LAPOR! -> https://www.lapor.go.id/'').',NULL);
INSERT INTO "results" VALUES(32,1,'99','layanan.laporan_layanan',1,'present','pass','high','penyediaan_informasi','Laporan layanan informasi publik ditemukan (menu: ''Dokumen > Laporan Layanan Infomrasi Publik'').','Public information service report found (menu: ''Dokumen > Laporan Layanan Infomrasi Publik'').',NULL);
INSERT INTO "results" VALUES(33,1,'99','layanan.laporan_layanan',1,'current','pass','high','penyediaan_informasi','Laporan layanan informasi publik mutakhir: tanggal terbaru tahun 2025; aturan: laporan tahunan layanan informasi tahun lalu wajib terbit paling lambat 31 Maret.','Public information service report is current: newest date year 2025; rule: last year''s annual information-service report is due by 31 March.',NULL);
INSERT INTO "results" VALUES(34,1,'99','layanan.laporan_layanan',1,'reachable','fail','high','penyediaan_informasi','1 dari 14 dokumen Laporan layanan informasi publik tidak dapat dibuka: Pengaduan Masyarakat (WBS) Semester I 2025.pdf (HTTP 404). Unggah ulang berkasnya dan perbaiki tautannya.','1 of 14 Public information service report documents cannot be opened: Pengaduan Masyarakat (WBS) Semester I 2025.pdf (HTTP 404). Re-upload the files and fix the links.',0.929);
INSERT INTO "results" VALUES(35,1,'99','layanan.maklumat',1,'present','pass','medium','pelayanan_informasi','Maklumat pelayanan ditemukan (menu: ''Standar Layanan > Maklumat Pelayanan'').','Service pledge (maklumat pelayanan) found (menu: ''Standar Layanan > Maklumat Pelayanan'').',NULL);
INSERT INTO "results" VALUES(36,1,'99','layanan.maklumat',1,'reachable','not_applicable','medium','pelayanan_informasi','Tidak ada dokumen Maklumat pelayanan yang tertaut dan diperiksa.','No linked Service pledge (maklumat pelayanan) document was checked.',NULL);
INSERT INTO "results" VALUES(37,1,'99','layanan.pencarian',1,'present','pass','low','pengembangan_website','Kotak pencarian ditemukan (form action=https://127.0.1.1:40049/cari field=q).','Search box found (form action=https://127.0.1.1:40049/cari field=q).',NULL);
INSERT INTO "results" VALUES(38,1,'99','layanan.profil_ppid',1,'present','pass','medium','pengembangan_website','Profil PPID ditemukan (menu: ''Profil > Struktur Organisasi PPID'').','PPID profile found (menu: ''Profil > Struktur Organisasi PPID'').',NULL);
INSERT INTO "results" VALUES(39,1,'99','layanan.profil_ppid',1,'reachable','pass','medium','pengembangan_website','Semua 1 dokumen Profil PPID yang tertaut dapat dibuka.','All 1 linked PPID profile documents can be opened.',1.0);
INSERT INTO "results" VALUES(40,1,'99','layanan.sk_ppid',1,'present','pass','low','pelayanan_informasi','SK PPID ditemukan (file-name: ''Keputusan Penetapan PPID Tahun 2025.pdf'').','Decree appointing the PPID found (file-name: ''Keputusan Penetapan PPID Tahun 2025.pdf'').',NULL);
INSERT INTO "results" VALUES(41,1,'99','layanan.sk_ppid',1,'reachable','pass','low','pelayanan_informasi','Semua 1 dokumen SK PPID yang tertaut dapat dibuka.','All 1 linked Decree appointing the PPID documents can be opened.',1.0);
INSERT INTO "results" VALUES(42,1,'99','layanan.sop_keberatan',1,'present','pass','medium','pelayanan_informasi','SOP penanganan keberatan ditemukan (menu: ''Standar Layanan > SOP Penanganan Keberatan'').','Objection-handling SOP found (menu: ''Standar Layanan > SOP Penanganan Keberatan'').',NULL);
INSERT INTO "results" VALUES(43,1,'99','layanan.sop_keberatan',1,'reachable','not_applicable','medium','pelayanan_informasi','Tidak ada dokumen SOP penanganan keberatan yang tertaut dan diperiksa.','No linked Objection-handling SOP document was checked.',NULL);
INSERT INTO "results" VALUES(44,1,'99','layanan.sop_permohonan',1,'present','pass','medium','pelayanan_informasi','SOP permohonan informasi ditemukan (menu: ''Standar Layanan > SOP Pelayanan Informasi'').','Information-request SOP found (menu: ''Standar Layanan > SOP Pelayanan Informasi'').',NULL);
INSERT INTO "results" VALUES(45,1,'99','layanan.sop_permohonan',1,'reachable','not_applicable','medium','pelayanan_informasi','Tidak ada dokumen SOP permohonan informasi yang tertaut dan diperiksa.','No linked Information-request SOP document was checked.',NULL);
INSERT INTO "results" VALUES(46,1,'99','reach.documents',1,'','fail','high','penyediaan_informasi','1 dari 19 dokumen rusak (5%), antara lain https://127.0.1.1:40049/storage/informasi/berkala/Pengaduan%20Masyarakat%20(WBS)%20Semester%20I%202025.pdf. Unggah ulang berkas yang hilang atau kosong dan perbarui tautannya agar masyarakat dapat mengunduh dokumen.','1 of 19 documents are broken (5%), e.g. https://127.0.1.1:40049/storage/informasi/berkala/Pengaduan%20Masyarakat%20(WBS)%20Semester%20I%202025.pdf.',5.26315789473684181309e-02);
INSERT INTO "results" VALUES(47,1,'99','reach.https',1,'','pass','high','pengembangan_website','Beranda dapat diakses melalui HTTPS dengan sertifikat yang valid.','The home page is served over HTTPS with a valid certificate.',NULL);
INSERT INTO "results" VALUES(48,1,'99','reach.internal_links',1,'','pass','medium','pengembangan_website','Tidak ada halaman internal yang rusak (14 diperiksa).','No broken internal pages (14 checked).',0.0);
INSERT INTO "results" VALUES(49,1,'99.01','kategori.berkala',1,'','not_applicable','high','pengumuman_informasi','Situs tidak dapat diaudit: koneksi ditolak','Site could not be audited: koneksi ditolak',NULL);
INSERT INTO "results" VALUES(50,1,'99.01','kategori.dikecualikan',1,'','not_applicable','medium','penyediaan_informasi','Situs tidak dapat diaudit: koneksi ditolak','Site could not be audited: koneksi ditolak',NULL);
INSERT INTO "results" VALUES(51,1,'99.01','kategori.serta_merta',1,'','not_applicable','medium','pengumuman_informasi','Situs tidak dapat diaudit: koneksi ditolak','Site could not be audited: koneksi ditolak',NULL);
INSERT INTO "results" VALUES(52,1,'99.01','kategori.setiap_saat',1,'','not_applicable','high','penyediaan_informasi','Situs tidak dapat diaudit: koneksi ditolak','Site could not be audited: koneksi ditolak',NULL);
INSERT INTO "results" VALUES(53,1,'99.01','layanan.dip',1,'','not_applicable','high','penyediaan_informasi','Situs tidak dapat diaudit: koneksi ditolak','Site could not be audited: koneksi ditolak',NULL);
INSERT INTO "results" VALUES(54,1,'99.01','layanan.formulir_keberatan',1,'','not_applicable','medium','pelayanan_informasi','Situs tidak dapat diaudit: koneksi ditolak','Site could not be audited: koneksi ditolak',NULL);
INSERT INTO "results" VALUES(55,1,'99.01','layanan.formulir_permohonan',1,'','not_applicable','high','pelayanan_informasi','Situs tidak dapat diaudit: koneksi ditolak','Site could not be audited: koneksi ditolak',NULL);
INSERT INTO "results" VALUES(56,1,'99.01','layanan.jam_biaya_layanan',1,'','not_applicable','medium','pelayanan_informasi','Situs tidak dapat diaudit: koneksi ditolak','Site could not be audited: koneksi ditolak',NULL);
INSERT INTO "results" VALUES(57,1,'99.01','layanan.kontak',1,'','not_applicable','medium','pelayanan_informasi','Situs tidak dapat diaudit: koneksi ditolak','Site could not be audited: koneksi ditolak',NULL);
INSERT INTO "results" VALUES(58,1,'99.01','layanan.lapor',1,'','not_applicable','low','pelayanan_informasi','Situs tidak dapat diaudit: koneksi ditolak','Site could not be audited: koneksi ditolak',NULL);
INSERT INTO "results" VALUES(59,1,'99.01','layanan.laporan_layanan',1,'','not_applicable','high','penyediaan_informasi','Situs tidak dapat diaudit: koneksi ditolak','Site could not be audited: koneksi ditolak',NULL);
INSERT INTO "results" VALUES(60,1,'99.01','layanan.maklumat',1,'','not_applicable','medium','pelayanan_informasi','Situs tidak dapat diaudit: koneksi ditolak','Site could not be audited: koneksi ditolak',NULL);
INSERT INTO "results" VALUES(61,1,'99.01','layanan.pencarian',1,'','not_applicable','low','pengembangan_website','Situs tidak dapat diaudit: koneksi ditolak','Site could not be audited: koneksi ditolak',NULL);
INSERT INTO "results" VALUES(62,1,'99.01','layanan.profil_ppid',1,'','not_applicable','medium','pengembangan_website','Situs tidak dapat diaudit: koneksi ditolak','Site could not be audited: koneksi ditolak',NULL);
INSERT INTO "results" VALUES(63,1,'99.01','layanan.sk_ppid',1,'','not_applicable','low','pelayanan_informasi','Situs tidak dapat diaudit: koneksi ditolak','Site could not be audited: koneksi ditolak',NULL);
INSERT INTO "results" VALUES(64,1,'99.01','layanan.sop_keberatan',1,'','not_applicable','medium','pelayanan_informasi','Situs tidak dapat diaudit: koneksi ditolak','Site could not be audited: koneksi ditolak',NULL);
INSERT INTO "results" VALUES(65,1,'99.01','layanan.sop_permohonan',1,'','not_applicable','medium','pelayanan_informasi','Situs tidak dapat diaudit: koneksi ditolak','Site could not be audited: koneksi ditolak',NULL);
INSERT INTO "results" VALUES(66,1,'99.01','reach.documents',1,'','not_applicable','high','penyediaan_informasi','Situs tidak dapat diaudit: koneksi ditolak','Site could not be audited: koneksi ditolak',NULL);
INSERT INTO "results" VALUES(67,1,'99.01','reach.https',1,'','fail','high','pengembangan_website','Situs tidak dapat diaudit: koneksi ditolak. Pastikan alamat situs di registri benar dan server dapat diakses.','Site could not be audited: koneksi ditolak. Check the registry address and that the server is reachable.',NULL);
INSERT INTO "results" VALUES(68,1,'99.01','reach.internal_links',1,'','not_applicable','medium','pengembangan_website','Situs tidak dapat diaudit: koneksi ditolak','Site could not be audited: koneksi ditolak',NULL);
CREATE TABLE runs (
	id INTEGER NOT NULL, 
	started_at DATETIME NOT NULL, 
	finished_at DATETIME, 
	status VARCHAR(20) NOT NULL, 
	audit_date VARCHAR(10) NOT NULL, 
	registry_name TEXT NOT NULL, 
	registry_path TEXT NOT NULL, 
	tool_version VARCHAR(40) NOT NULL, 
	settings_json TEXT NOT NULL, 
	checks_json TEXT NOT NULL, 
	n_sites INTEGER NOT NULL, 
	note TEXT NOT NULL, 
	PRIMARY KEY (id)
);
INSERT INTO "runs" VALUES(1,'2026-12-04 16:04:31.847300','2026-12-04 16:04:34.327540','complete','2026-12-04','Farm simulasi (seed 2026, hari 0)','/tmp/migr-demo/sites.toml','0.1.0','{"defaults": {"check_documents": true, "check_external": true, "connect_timeout": 2.0, "delay": 0.02, "max_body_bytes": 5000000, "max_depth": 5, "max_link_checks": 300, "max_pages": 25, "max_redirects": 10, "max_retry_after": 120.0, "obey_robots": true, "per_host_concurrency": 2, "read_timeout": 3.0, "request_deadline": 5.0, "retries": 1, "site_deadline": 60.0, "use_sitemap": true, "user_agent": "ppid-audit/0.1 (+https://github.com/ppid-audit/ppid-audit; audit kepatuhan situs PPID sesuai UU 14/2008)"}, "planned_sites": ["99", "99.01"], "run": {"allow_loopback": true, "audit_date": "2026-12-04", "ca_bundle": "/tmp/migr-demo/farm-ca.pem", "max_connections": 64, "sites_in_parallel": 8}}','[{"id": "kategori.berkala", "version": 1}, {"id": "kategori.dikecualikan", "version": 1}, {"id": "kategori.serta_merta", "version": 1}, {"id": "kategori.setiap_saat", "version": 1}, {"id": "layanan.dip", "version": 1}, {"id": "layanan.formulir_keberatan", "version": 1}, {"id": "layanan.formulir_permohonan", "version": 1}, {"id": "layanan.jam_biaya_layanan", "version": 1}, {"id": "layanan.kontak", "version": 1}, {"id": "layanan.lapor", "version": 1}, {"id": "layanan.laporan_layanan", "version": 1}, {"id": "layanan.maklumat", "version": 1}, {"id": "layanan.pencarian", "version": 1}, {"id": "layanan.profil_ppid", "version": 1}, {"id": "layanan.sk_ppid", "version": 1}, {"id": "layanan.sop_keberatan", "version": 1}, {"id": "layanan.sop_permohonan", "version": 1}, {"id": "reach.documents", "version": 1}, {"id": "reach.https", "version": 1}, {"id": "reach.internal_links", "version": 1}]',2,'');
CREATE TABLE schema_migrations (
	version INTEGER NOT NULL, 
	name VARCHAR(200) NOT NULL, 
	applied_at DATETIME NOT NULL, 
	PRIMARY KEY (version)
);
INSERT INTO "schema_migrations" VALUES(1,'initial schema','2026-12-04 16:04:31.724802');
INSERT INTO "schema_migrations" VALUES(2,'scores: estimate of the website indicators','2026-12-04 16:04:31.727713');
INSERT INTO "schema_migrations" VALUES(3,'index for the status history of check items (trend report)','2026-12-04 16:04:31.728381');
CREATE TABLE scores (
	id INTEGER NOT NULL, 
	run_id INTEGER NOT NULL, 
	site_id VARCHAR(100) NOT NULL, 
	indicator VARCHAR(60) NOT NULL, 
	score FLOAT, 
	band VARCHAR(40) NOT NULL, 
	detail_json TEXT NOT NULL, 
	PRIMARY KEY (id), 
	CONSTRAINT uq_scores_run_site_indicator UNIQUE (run_id, site_id, indicator), 
	FOREIGN KEY(run_id) REFERENCES runs (id) ON DELETE CASCADE, 
	FOREIGN KEY(site_id) REFERENCES sites (id)
);
INSERT INTO "scores" VALUES(1,1,'99','pengembangan_website',100.0,'informatif','{"band": "informatif", "checks": [{"check": "layanan.pencarian", "counted": true, "credit": 1.0, "results": 1, "scored": 1, "severity": "low", "statuses": {"pass": 1}, "weight": 1.0}, {"check": "layanan.profil_ppid", "counted": true, "credit": 1.0, "results": 2, "scored": 2, "severity": "medium", "statuses": {"pass": 2}, "weight": 2.0}, {"check": "reach.https", "counted": true, "credit": 1.0, "results": 1, "scored": 1, "severity": "high", "statuses": {"pass": 1}, "weight": 3.0}, {"check": "reach.internal_links", "counted": true, "credit": 1.0, "results": 1, "scored": 1, "severity": "medium", "statuses": {"pass": 1}, "weight": 2.0}], "credit_sum": 8.0, "indicator": "pengembangan_website", "score": 100.0, "weight": 25.0, "weight_sum": 8.0}');
INSERT INTO "scores" VALUES(2,1,'99','pengumuman_informasi',75.38,'cukup_informatif','{"band": "cukup_informatif", "checks": [{"check": "kategori.berkala", "counted": true, "credit": 0.9231, "results": 13, "scored": 13, "severity": "high", "statuses": {"fail": 1, "pass": 12}, "weight": 3.0}, {"check": "kategori.serta_merta", "counted": true, "credit": 0.5, "results": 2, "scored": 1, "severity": "medium", "statuses": {"not_applicable": 1, "warn": 1}, "weight": 2.0}], "credit_sum": 3.7692, "indicator": "pengumuman_informasi", "score": 75.38, "weight": 25.0, "weight_sum": 5.0}');
INSERT INTO "scores" VALUES(3,1,'99','penyediaan_informasi',47.62,'kurang_informatif','{"band": "kurang_informatif", "checks": [{"check": "kategori.dikecualikan", "counted": true, "credit": 0.8333, "results": 3, "scored": 3, "severity": "medium", "statuses": {"pass": 2, "warn": 1}, "weight": 2.0}, {"check": "kategori.setiap_saat", "counted": true, "credit": 1.0, "results": 3, "scored": 3, "severity": "high", "statuses": {"pass": 3}, "weight": 3.0}, {"check": "layanan.dip", "counted": true, "credit": 0.0, "results": 3, "scored": 1, "severity": "high", "statuses": {"fail": 1, "not_applicable": 2}, "weight": 3.0}, {"check": "layanan.laporan_layanan", "counted": true, "credit": 0.6667, "results": 3, "scored": 3, "severity": "high", "statuses": {"fail": 1, "pass": 2}, "weight": 3.0}, {"check": "reach.documents", "counted": true, "credit": 0.0, "results": 1, "scored": 1, "severity": "high", "statuses": {"fail": 1}, "weight": 3.0}], "credit_sum": 6.6667, "indicator": "penyediaan_informasi", "score": 47.62, "weight": 25.0, "weight_sum": 14.0}');
INSERT INTO "scores" VALUES(4,1,'99','pelayanan_informasi',100.0,'informatif','{"band": "informatif", "checks": [{"check": "layanan.formulir_keberatan", "counted": true, "credit": 1.0, "results": 2, "scored": 1, "severity": "medium", "statuses": {"not_applicable": 1, "pass": 1}, "weight": 2.0}, {"check": "layanan.formulir_permohonan", "counted": true, "credit": 1.0, "results": 2, "scored": 1, "severity": "high", "statuses": {"not_applicable": 1, "pass": 1}, "weight": 3.0}, {"check": "layanan.jam_biaya_layanan", "counted": true, "credit": 1.0, "results": 1, "scored": 1, "severity": "medium", "statuses": {"pass": 1}, "weight": 2.0}, {"check": "layanan.kontak", "counted": true, "credit": 1.0, "results": 1, "scored": 1, "severity": "medium", "statuses": {"pass": 1}, "weight": 2.0}, {"check": "layanan.lapor", "counted": true, "credit": 1.0, "results": 1, "scored": 1, "severity": "low", "statuses": {"pass": 1}, "weight": 1.0}, {"check": "layanan.maklumat", "counted": true, "credit": 1.0, "results": 2, "scored": 1, "severity": "medium", "statuses": {"not_applicable": 1, "pass": 1}, "weight": 2.0}, {"check": "layanan.sk_ppid", "counted": true, "credit": 1.0, "results": 2, "scored": 2, "severity": "low", "statuses": {"pass": 2}, "weight": 1.0}, {"check": "layanan.sop_keberatan", "counted": true, "credit": 1.0, "results": 2, "scored": 1, "severity": "medium", "statuses": {"not_applicable": 1, "pass": 1}, "weight": 2.0}, {"check": "layanan.sop_permohonan", "counted": true, "credit": 1.0, "results": 2, "scored": 1, "severity": "medium", "statuses": {"not_applicable": 1, "pass": 1}, "weight": 2.0}], "credit_sum": 17.0, "indicator": "pelayanan_informasi", "score": 100.0, "weight": 25.0, "weight_sum": 17.0}');
INSERT INTO "scores" VALUES(5,1,'99','overall',80.75,'menuju_informatif','{"band": "menuju_informatif", "formula": "sum(indicator_weight * indicator_score) / sum(indicator_weight), indicators with a score", "indicators": {"pelayanan_informasi": {"score": 100.0, "weight": 25.0}, "pengembangan_website": {"score": 100.0, "weight": 25.0}, "pengumuman_informasi": {"score": 75.38, "weight": 25.0}, "penyediaan_informasi": {"score": 47.62, "weight": 25.0}}, "missing": [], "score": 80.75, "status": "dinilai", "status_credit": {"fail": 0.0, "pass": 1.0, "warn": 0.5}, "weights": "weights.toml"}');
INSERT INTO "scores" VALUES(6,1,'99.01','pengembangan_website',NULL,'tidak_dapat_diaudit','{"indicator": "pengembangan_website", "reason": "koneksi ditolak", "score": null, "status": "tidak_dapat_diaudit"}');
INSERT INTO "scores" VALUES(7,1,'99.01','pengumuman_informasi',NULL,'tidak_dapat_diaudit','{"indicator": "pengumuman_informasi", "reason": "koneksi ditolak", "score": null, "status": "tidak_dapat_diaudit"}');
INSERT INTO "scores" VALUES(8,1,'99.01','penyediaan_informasi',NULL,'tidak_dapat_diaudit','{"indicator": "penyediaan_informasi", "reason": "koneksi ditolak", "score": null, "status": "tidak_dapat_diaudit"}');
INSERT INTO "scores" VALUES(9,1,'99.01','pelayanan_informasi',NULL,'tidak_dapat_diaudit','{"indicator": "pelayanan_informasi", "reason": "koneksi ditolak", "score": null, "status": "tidak_dapat_diaudit"}');
INSERT INTO "scores" VALUES(10,1,'99.01','overall',NULL,'tidak_dapat_diaudit','{"reason": "koneksi ditolak", "score": null, "status": "tidak_dapat_diaudit", "weights": "weights.toml"}');
CREATE TABLE site_runs (
	id INTEGER NOT NULL, 
	run_id INTEGER NOT NULL, 
	site_id VARCHAR(100) NOT NULL, 
	started_at DATETIME NOT NULL, 
	finished_at DATETIME NOT NULL, 
	status VARCHAR(30) NOT NULL, 
	reason TEXT NOT NULL, 
	start_url TEXT NOT NULL, 
	final_url TEXT, 
	pages INTEGER NOT NULL, 
	fetches INTEGER NOT NULL, 
	fetch_errors INTEGER NOT NULL, 
	budget_exhausted BOOLEAN NOT NULL, 
	n_pass INTEGER NOT NULL, 
	n_fail INTEGER NOT NULL, 
	n_warn INTEGER NOT NULL, 
	n_error INTEGER NOT NULL, 
	n_na INTEGER NOT NULL, 
	PRIMARY KEY (id), 
	CONSTRAINT uq_site_runs_run_site UNIQUE (run_id, site_id), 
	FOREIGN KEY(run_id) REFERENCES runs (id) ON DELETE CASCADE, 
	FOREIGN KEY(site_id) REFERENCES sites (id)
);
INSERT INTO "site_runs" VALUES(1,1,'99','2026-12-04 16:04:31.903012','2026-12-04 16:04:32.720250','audited','','https://127.0.1.1:40049/','https://127.0.1.1:40049/',14,36,2,0,34,4,2,0,8);
INSERT INTO "site_runs" VALUES(2,1,'99.01','2026-12-04 16:04:31.903478','2026-12-04 16:04:34.319658','tidak_dapat_diaudit','koneksi ditolak','https://127.0.1.2:40049/','https://127.0.1.2:40049/',0,2,1,0,0,1,0,0,19);
CREATE TABLE sites (
	id VARCHAR(100) NOT NULL, 
	name TEXT NOT NULL, 
	level VARCHAR(20) NOT NULL, 
	role VARCHAR(20) NOT NULL, 
	parent_id VARCHAR(100), 
	province VARCHAR(100), 
	start_url TEXT NOT NULL, 
	verified BOOLEAN NOT NULL, 
	updated_at DATETIME NOT NULL, 
	PRIMARY KEY (id)
);
INSERT INTO "sites" VALUES('99','Provinsi Simulasi','provinsi','utama',NULL,'99','https://127.0.1.1:40049/',1,'2026-12-04 16:04:31.847300');
INSERT INTO "sites" VALUES('99.01','Kabupaten Tanjung Makmur','kabupaten','utama',NULL,'99','https://127.0.1.2:40049/',1,'2026-12-04 16:04:31.847300');
CREATE INDEX ix_fetches_run_site ON fetches (run_id, site_id);
CREATE INDEX ix_links_run_site ON links (run_id, site_id);
CREATE INDEX ix_results_run_site ON results (run_id, site_id);
CREATE INDEX ix_results_site_check_item_run ON results (site_id, check_id, item, run_id, status);
CREATE INDEX ix_results_site_check ON results (site_id, check_id);
CREATE INDEX ix_evidence_result ON evidence (result_id);
CREATE INDEX ix_scores_run_indicator_site ON scores (run_id, indicator, site_id, score);
CREATE INDEX ix_scores_site_indicator_run ON scores (site_id, indicator, run_id, score);
COMMIT;
