import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { buildShareLinks } from '@/lib/site/share-links';
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
 * JavaScript; scripts add copy-link and the device's own share sheet. The links are written once,
 * inside the sheet's `<dialog>`: closed, the dialog is styled as the row of icons on wide screens
 * (and at every width without scripts); on phones one button opens it as a bottom sheet.
 */
export async function ShareBar({ locale, title, url }: ShareBarProps) {
  const t = await getTranslations({ locale, namespace: 'ShareBar' });
  const links = buildShareLinks(title, url);

  return (
    <div className="share-bar print:hidden">
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
        <div className="share-sheet-head">
          <h2 id={`${SHEET_ID}-title`} className="share-sheet-title">
            {t('heading')}
          </h2>
          <ShareSheetClose sheetId={SHEET_ID} className="share-sheet-close">
            <StrokeIcon name="close" className="size-5" />
            {t('close')}
          </ShareSheetClose>
        </div>
        <ul className="share-list">
          {links.map((link) => {
            const name = t(link.network);
            return (
              <li key={link.network}>
                <a
                  href={link.href}
                  {...(link.network !== 'email' && {
                    target: '_blank',
                    rel: 'noopener noreferrer',
                  })}
                  aria-label={t('shareOn', { network: name })}
                  title={name}
                  data-network={link.network}
                  className="share-option"
                >
                  <BrandIcon network={link.network} className="size-5 shrink-0" />
                  <span className="share-name">{name}</span>
                </a>
              </li>
            );
          })}
          <li className="js-only">
            <CopyLinkButton
              url={url}
              label={t('copy')}
              copied={t('copied')}
              failed={t('copyFailed')}
            />
          </li>
          <li className="js-only">
            <NativeShareButton title={title} url={url} label={t('native')} />
          </li>
        </ul>
      </dialog>
    </div>
  );
}
