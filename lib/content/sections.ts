/** Section keys; their names per locale live in messages under `Sections`. */
export const sections = [
  'politics',
  'economy',
  'culture',
  'science',
  'society',
  'environment',
] as const;

export type Section = (typeof sections)[number];
