import type { Section } from '../../../lib/content/sections';
import { culture } from './culture';
import { economy } from './economy';
import { environment } from './environment';
import { politics } from './politics';
import { science } from './science';
import { society } from './society';
import type { SectionBank } from './types';

/** Every section the site has gets its own bank: a new section fails to compile until it has one. */
export const sectionBanks: Record<Section, SectionBank> = {
  politics,
  economy,
  culture,
  science,
  society,
  environment,
};
