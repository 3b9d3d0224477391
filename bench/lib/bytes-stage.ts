/** Stage 3: bytes by kind, phone and desktop, for the article, the home page and the baseline. */
import { launch, measurePage, type PageBytes } from './bytes';
import { ARTICLE_PATH, log, origin, ports } from './bench-setup';

export async function bytesStage(): Promise<Record<string, PageBytes>> {
  log('bytes by kind');
  const browser = await launch();
  const bytes: Record<string, PageBytes> = {};
  try {
    bytes['article-mobile'] = await measurePage(
      browser,
      `${origin(ports.ours)}${ARTICLE_PATH}`,
      'mobile',
    );
    bytes['article-desktop'] = await measurePage(
      browser,
      `${origin(ports.ours)}${ARTICLE_PATH}`,
      'desktop',
    );
    bytes['home-mobile'] = await measurePage(browser, `${origin(ports.ours)}/ar`, 'mobile');
    bytes['home-desktop'] = await measurePage(browser, `${origin(ports.ours)}/ar`, 'desktop');
    bytes['baseline-mobile'] = await measurePage(browser, `${origin(ports.baseline)}/`, 'mobile');
    bytes['baseline-desktop'] = await measurePage(browser, `${origin(ports.baseline)}/`, 'desktop');
  } finally {
    await browser.close();
  }
  return bytes;
}
