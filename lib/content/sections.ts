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

/** Whether an address segment names a section. */
export const isSection = (value: string): value is Section =>
  (sections as readonly string[]).includes(value);
