import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { buildShareLinks } from '@/lib/share-links';
import { BrandIcon, StrokeIcon } from '../icons/icons';
import { CopyLinkButton } from './copy-link-button';
import { NativeShareButton } from './native-share-button';
import { ShareSheetClose, ShareSheetOpen } from './share-sheet-controls';

interface ShareBarProps {
  locale: Locale;
  title: string;
  /** Canonical, absolute, percent-encoded once. */
  url: string;
}

const SHEET_ID = 'share-sheet';

/**
 * "Share this story". Every network is a plain link, so sharing works before and without
 * JavaScript; scripts add copy-link and the device's own share sheet. Wide screens show the row
 * of icons; phones get one button that opens the options in a bottom sheet.
 */
export async function ShareBar({ locale, title, url }: ShareBarProps) {
  const t = await getTranslations({ locale, namespace: 'ShareBar' });
  const links = buildShareLinks(title, url).map((link) => ({
    ...link,
    name: t(link.network),
    external: link.network !== 'email',
  }));
  const copyLabels = { label: t('copy'), copied: t('copied'), failed: t('copyFailed') };

  return (
    <div role="group" aria-label={t('heading')} className="share-bar print:hidden">
      <div className="share-inline hidden flex-wrap items-center gap-2 sm:flex">
        <p aria-hidden="true" className="me-2 text-sm font-bold">
          {t('heading')}
        </p>
        <ul className="flex flex-wrap items-center gap-2">
          {links.map((link) => (
            <li key={link.network}>
              <a
                href={link.href}
                {...(link.external && { target: '_blank', rel: 'noopener noreferrer' })}
                aria-label={t('shareOn', { network: link.name })}
                title={link.name}
                data-network={link.network}
                className="share-icon"
              >
                <BrandIcon network={link.network} className="size-5" />
              </a>
            </li>
          ))}
          <li className="js-only">
            <CopyLinkButton url={url} variant="icon" {...copyLabels} />
          </li>
          <li className="js-only">
            <NativeShareButton title={title} url={url} label={t('native')} variant="icon" />
          </li>
        </ul>
      </div>

      <ShareSheetOpen sheetId={SHEET_ID} className="share-sheet-open sm:hidden">
        <StrokeIcon name="share" className="size-5" />
        {t('open')}
      </ShareSheetOpen>
      <dialog
        id={SHEET_ID}
        aria-labelledby={`${SHEET_ID}-title`}
        closedby="any"
        className="share-sheet"
      >
        <div className="flex items-center justify-between gap-4 border-b border-rule pb-3">
          <h2 id={`${SHEET_ID}-title`} className="text-lg font-bold">
            {t('heading')}
          </h2>
          <ShareSheetClose sheetId={SHEET_ID} className="share-sheet-close">
            <StrokeIcon name="close" className="size-5" />
            {t('close')}
          </ShareSheetClose>
        </div>
        <ul className="grid grid-cols-1 gap-1 py-3 min-[360px]:grid-cols-2">
          {links.map((link) => (
            <li key={link.network}>
              <a
                href={link.href}
                {...(link.external && { target: '_blank', rel: 'noopener noreferrer' })}
                data-network={link.network}
                className="share-row"
              >
                <BrandIcon network={link.network} className="size-5 shrink-0" />
                {link.name}
              </a>
            </li>
          ))}
          <li>
            <CopyLinkButton url={url} variant="row" {...copyLabels} />
          </li>
          <li>
            <NativeShareButton title={title} url={url} label={t('native')} variant="row" />
          </li>
        </ul>
      </dialog>
    </div>
  );
}
