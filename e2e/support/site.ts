/** The origin the test build was made for; canonical and share URLs must use it. */
export const SITE_URL = process.env.SITE_URL ?? `http://127.0.0.1:${process.env.E2E_PORT ?? 3100}`;

export const canonical = (path: string) => SITE_URL + path;

const AR_WEEKDAYS = ['الأحد', 'الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت'];
const AR_MONTHS = [
  'يناير',
  'فبراير',
  'مارس',
  'أبريل',
  'مايو',
  'يونيو',
  'يوليو',
  'أغسطس',
  'سبتمبر',
  'أكتوبر',
  'نوفمبر',
  'ديسمبر',
];
const EN_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/**
 * Today's Arabic date line as the seed writes it ("الخميس 21 نوفمبر / November 2024"), worked out
 * from the UTC clock and Baghdad's fixed +03:00 offset, without the site's Intl code.
 */
export function expectedArabicDateLine(now = new Date()): string {
  const baghdad = new Date(now.getTime() + 3 * 60 * 60 * 1000);
  const month = baghdad.getUTCMonth();
  return `${AR_WEEKDAYS[baghdad.getUTCDay()]} ${baghdad.getUTCDate()} ${AR_MONTHS[month]} / ${EN_MONTHS[month]} ${baghdad.getUTCFullYear()}`;
}
