import type { Pair } from './bank/types';

/** Sources named beside the country's own agency. */
export const wireSources: Pair[] = [
  { ar: 'وكالات', en: 'Agencies' },
  { ar: 'رويترز', en: 'Reuters' },
  { ar: 'وكالة فرانس برس', en: 'Agence France-Presse' },
  { ar: 'وكالة أسوشيتد برس', en: 'Associated Press' },
  { ar: 'الرواق', en: 'Al-Riwaq' },
  { ar: 'وسائل إعلام محلية', en: 'Local media' },
];
