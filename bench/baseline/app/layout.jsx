// Bare Next.js App Router layout: no fonts, no CSS, no i18n library.
export const metadata = { title: 'Baseline' };

export default function RootLayout({ children }) {
  return (
    <html lang="ar" dir="rtl">
      <body>{children}</body>
    </html>
  );
}
