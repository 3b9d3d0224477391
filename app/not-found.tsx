import { BilingualPage } from '@/components/layout/bilingual-page';
import ar from '@/messages/ar.json';
import en from '@/messages/en.json';
import { homePath } from '@/lib/site/urls';

const TEXT = { ar: ar.NotFound, en: en.NotFound };

// Reached only by the few paths outside any locale that neither the proxy nor a rewrite in
// next.config.mjs answers first, such as Next.js's own /_next/image.
export default function RootNotFound() {
  return (
    <BilingualPage
      title={`${TEXT.ar.title} | ${ar.Metadata.siteName}`}
      text={TEXT}
      actions={(locale) => (
        <a className="text-accent underline" href={homePath(locale)}>
          {TEXT[locale].backHome}
        </a>
      )}
    />
  );
}
