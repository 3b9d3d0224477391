import { routing } from '@/i18n/routing';
import { homePath } from '@/lib/urls';

// Reached only by paths outside any locale (an unknown locale prefix). Arabic first, with the
// English line for readers who came from an English link.
export default function RootNotFound() {
  return (
    <html lang="ar" dir="rtl">
      <head>
        {/* No layout above this page gives it a title, and a page without one is unnamed to
            screen readers and in tabs. */}
        <title>لم نجد هذه الصفحة | الرواق</title>
      </head>
      <body className="bg-paper font-sans text-ink">
        <main className="mx-auto max-w-xl space-y-4 px-4 py-16">
          <h1 className="text-2xl font-bold">لم نجد هذه الصفحة</h1>
          <p>
            <a className="text-accent underline" href={homePath(routing.defaultLocale)}>
              العودة إلى الصفحة الرئيسية
            </a>
          </p>
          <p lang="en" dir="ltr">
            Page not found.{' '}
            <a className="text-accent underline" href={homePath('en')}>
              Go to the English home page
            </a>
          </p>
        </main>
      </body>
    </html>
  );
}
