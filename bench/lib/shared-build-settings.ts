/** The shared-build probe's settings (PROBE_* variables), folders and the page it asks for. */
import path from 'node:path';

export const root = path.resolve(import.meta.dirname, '..', '..');
export const PORT = Number(process.env.PROBE_PORT ?? 4703);
export const ROUNDS = Number(process.env.PROBE_ROUNDS ?? 15);
export const ROUND_MS = 4_000;
// PROBE_MODE=shared (both on one build folder), separate (each on its own copy of the build) or
// one (the same requests, all to one process: the control).
export const MODE = process.env.PROBE_MODE ?? 'shared';
export const CONNECTIONS = 8;
const dist = '.next-shared-probe';
export const distOf = (server: number) => (MODE === 'separate' ? `${dist}-${server}` : dist);
export const contentDir = path.join(root, `${dist}-content`);
export const storyFile = path.join(contentDir, 'kadhimi-baghdad-bombings', 'ar.md');
export const SLUG = 'الكاظمي-تفجيرا-بغداد-خرق-أمني-لن-نسمح-بتكراره';
export const PAGE = `/ar/news/${encodeURIComponent(SLUG)}`;
export const VERSION = /نسخة الاختبار (\d+)/;

/** One answer a process gave, and what it carried. */
export interface Answer {
  server: number;
  kind: 'html' | 'rsc';
  round: number;
  ms: number;
  status: number;
  bytes: number;
  whole: boolean;
  version: number | null;
  cache: string;
}
