import type { routing } from '@/i18n/routing';
import type ar from '@/messages/ar.json';
import type en from '@/messages/en.json';

/** `A` when both files have the same keys; `never` otherwise, which fails every `t()` call. */
type SameKeys<A, B> = [A] extends [B] ? ([B] extends [A] ? A : never) : never;

declare module 'next-intl' {
  interface AppConfig {
    Locale: (typeof routing.locales)[number];
    Messages: SameKeys<typeof ar, typeof en>;
  }
}
