// resources/js/layouts/components/landing/constants/navigation-menu.tsx (ManuItems), compact.
export const MENU = [
  { title: "Beranda", href: "/", children: null },
  { title: "Profil", href: "#", children: [["Profil PPID", "#"], ["Profil Pejabat Publik", "/profile/public-officers"]] },
  { title: "Informasi Publik", href: "#", children: [["Informasi Berkala", "#"], ["Informasi Serta Merta", "#"],
    ["Informasi Setiap Saat", "#"], ["Informasi Dikecualikan", "#"]] },
  { title: "Layanan", href: "#", children: [["Prosedur Permohonan", "#"], ["Tata Cara Keberatan", "#"],
    ["Penyelesaian Sengketa", "#"], ["Jalur dan Waktu Layanan", "#"], ["SOP PPID", "#"]] },
  { title: "Permohonan", href: "#", children: [["Formulir Permohonan", "#"], ["Formulir Keberatan", "#"]] },
];
