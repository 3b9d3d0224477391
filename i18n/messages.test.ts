import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import ar from '@/messages/ar.json';
import en from '@/messages/en.json';
import { routing, type Locale } from './routing';

const MESSAGES: Record<Locale, unknown> = { ar, en };

/** Messages where a locale rightly leaves out a value the others use, and why. */
const LEFT_OUT: Record<string, string> = {
  // The Arabic date line adds the English month name after the Arabic one, as the source page does.
  'SiteHeader.dateLine': 'monthLatin',
};

/** Every message in a file, by its dotted key. */
function flatten(value: unknown, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  if (typeof value === 'string') return out.set(prefix, value);
  for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
    for (const [path, text] of flatten(child, prefix ? `${prefix}.${key}` : key))
      out.set(path, text);
  }
  return out;
}

/** The names of the values a message needs, from every branch of its plurals and selects. */
function argumentsOf(elements: readonly MessageFormatElement[], into = new Set<string>()) {
  for (const element of elements) {
    if (element.type === TYPE.literal || element.type === TYPE.pound) continue;
    into.add(element.value);
    if (element.type === TYPE.plural || element.type === TYPE.select) {
      for (const option of Object.values(element.options)) argumentsOf(option.value, into);
    }
    if (element.type === TYPE.tag) argumentsOf(element.children, into);
  }
  return into;
}

const flat = Object.fromEntries(
  routing.locales.map((locale) => [locale, flatten(MESSAGES[locale])]),
) as Record<Locale, Map<string, string>>;
const [first, ...others] = routing.locales;

describe('messages', () => {
  for (const other of others) {
    test(`${other}.json has exactly the keys of ${first}.json`, () => {
      const keys = (locale: Locale) => [...flat[locale].keys()].sort();
      assert.deepEqual(keys(other), keys(first));
    });

    test(`${other}.json asks for the same values as ${first}.json in every message`, () => {
      const differing = [...flat[first]].flatMap(([key, text]) => {
        const theirs = flat[other].get(key);
        if (theirs === undefined) return [];
        const names = (message: string) => {
          const found = argumentsOf(parse(message));
          found.delete(LEFT_OUT[key] ?? '');
          return [...found].sort().join(', ');
        };
        const [want, got] = [names(text), names(theirs)];
        return want === got ? [] : [`${key}: ${first} {${want}}, ${other} {${got}}`];
      });
      assert.deepEqual(differing, []);
    });
  }

  test('every message parses as ICU in every locale', () => {
    for (const locale of routing.locales) {
      for (const [key, text] of flat[locale]) {
        assert.doesNotThrow(() => parse(text), `${locale}: ${key}`);
      }
    }
  });
});
