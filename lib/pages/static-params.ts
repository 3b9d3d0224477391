import { routing, type Locale } from '@/i18n/routing';

/**
 * The static params of a route below `[locale]`, for every locale at once. Child routes return
 * them whole instead of per parent locale: Next.js prerenders none of a route's pages when the
 * child returns [] for one parent (vercel/next.js#95166), as it would for a locale without
 * stories, and with `dynamicParams = false` every page of the route would then answer 404.
 */
export async function paramsForEveryLocale<P extends object>(
  paramsOf: (locale: Locale) => Promise<P[]>,
): Promise<(P & { locale: Locale })[]> {
  const perLocale = await Promise.all(
    routing.locales.map(async (locale) =>
      (await paramsOf(locale)).map((params) => ({ ...params, locale })),
    ),
  );
  return perLocale.flat();
}
