import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { cardText, ELLIPSIS, fitHeadline, headlineLength } from './fit-headline';
import {
  articleCard,
  HEADLINE_MAX_CHARS,
  HEADLINE_MAX_LINES,
  HEADLINE_TYPE,
  type Direction,
} from './og-card';
import { layoutArticleCard, layoutOgCard, loadOgFonts } from './render-og-image';

const SEED_AR = 'الكاظمي: تفجيرا بغداد خرق أمنيّ لن نسمح بتكراره';
const SEED_EN = 'Kadhimi: Baghdad bombings a security breach we will not allow to happen again';
const COP28 =
  'قمة "COP28" في دبي: 198 دولة تتفق على خطة للتحول عن الوقود الأحفوري بحلول عام 2050 وسط خلافات حادة حول التمويل والتكيف';

/** The words of `fitted` (without its ellipsis) must be the first words of `original`. */
function assertWordPrefix(fitted: string, original: string) {
  const kept = fitted.replace(/….*$/u, '').split(' ');
  const words = original.split(/\s+/u);
  kept.forEach((word, i) => {
    const source = words[i];
    assert.ok(source !== undefined, `word ${i} exists`);
    // The last kept word may have lost trailing punctuation.
    if (i === kept.length - 1)
      assert.ok(source.startsWith(word), `"${source}" starts with "${word}"`);
    else assert.equal(word, source);
  });
}

describe('fitHeadline', () => {
  test('leaves a headline that fits alone, apart from collapsing white space', () => {
    assert.equal(fitHeadline(SEED_AR, 90), SEED_AR);
    assert.equal(fitHeadline(`  ${SEED_AR.replace(' ', '  \n ')} `, 90), SEED_AR);
    assert.equal(fitHeadline('abc def', 7), 'abc def');
  });

  test('cuts a long Arabic headline at a word boundary and ends it with one ellipsis', () => {
    const long = `${COP28} ${COP28}`;
    for (const budget of [20, 35, 50, 64, 90]) {
      const fitted = fitHeadline(long, budget);
      assert.ok(headlineLength(fitted) <= budget, `${fitted} fits ${budget}`);
      assert.ok(fitted.endsWith(ELLIPSIS) || fitted.endsWith(`${ELLIPSIS}"`), fitted);
      assert.equal(fitted.split(ELLIPSIS).length, 2, 'exactly one ellipsis');
      assert.doesNotMatch(fitted, / …/u, 'no space before the ellipsis');
      assertWordPrefix(fitted, long);
    }
  });

  test('keeps Latin words and digits inside Arabic whole and in their place', () => {
    assert.equal(fitHeadline(COP28, 40), 'قمة "COP28" في دبي: 198 دولة تتفق على…');
    assert.equal(
      fitHeadline(COP28, 90),
      'قمة "COP28" في دبي: 198 دولة تتفق على خطة للتحول عن الوقود الأحفوري بحلول عام 2050 وسط…',
    );
  });

  test('drops punctuation before the ellipsis', () => {
    // The cut after "دبي:" must not leave "دبي:…".
    assert.equal(fitHeadline(COP28, 21), 'قمة "COP28" في دبي…');
    assert.equal(
      fitHeadline('Kadhimi: Baghdad bombings, a security breach', 28),
      'Kadhimi: Baghdad bombings…',
    );
    assert.equal(fitHeadline('العراق، سوريا – لبنان والأردن', 16), 'العراق، سوريا…');
  });

  test('closes a quotation or bracket the cut left open', () => {
    assert.equal(
      fitHeadline('الكاظمي: "الأمن ليس مجرد كلمة نتحدث بها"', 25),
      'الكاظمي: "الأمن ليس…"',
    );
    assert.equal(
      fitHeadline('الكاظمي: «الأمن ليس مجرد كلمة نتحدث بها»', 25),
      'الكاظمي: «الأمن ليس…»',
    );
    assert.equal(fitHeadline('Kadhimi (Iraq prime minister) speaks', 20), 'Kadhimi (Iraq…)');
  });

  test('English is cut at a word boundary too', () => {
    assert.equal(fitHeadline(SEED_EN, 40), 'Kadhimi: Baghdad bombings a security…');
    assert.equal(fitHeadline(SEED_EN, 80), SEED_EN);
  });

  test('a single word longer than the budget is cut between graphemes', () => {
    assert.equal(fitHeadline('Donaudampfschifffahrtsgesellschaft', 10), 'Donaudamp…');
    const word = 'ب'.repeat(5) + '👨‍👩‍👧' + 'ت'.repeat(5);
    // The family emoji is one grapheme of five code points: it is kept whole or not at all.
    assert.equal(fitHeadline(word, 7), 'ببببب…');
    assert.equal(fitHeadline(word, 11), 'ببببب👨‍👩‍👧…');
  });

  test('combining marks do not count against the budget', () => {
    assert.equal(headlineLength('أمنيّ'), 4);
    assert.equal(headlineLength('مُحَمَّدٌ'), 4);
    assert.equal(fitHeadline('مُحَمَّدٌ مُحَمَّدٌ', 9), 'مُحَمَّدٌ مُحَمَّدٌ');
  });

  test('rejects a budget too small to hold a character and the ellipsis', () => {
    assert.throws(() => fitHeadline(SEED_AR, 1), RangeError);
    assert.throws(() => fitHeadline(SEED_AR, 12.5), RangeError);
  });
});

describe('cardText', () => {
  test('drops harakat, which satori 0.63 places wrongly, and keeps every letter', () => {
    assert.equal(cardText('أولًا'), 'أولا');
    assert.equal(cardText(SEED_AR), 'الكاظمي: تفجيرا بغداد خرق أمني لن نسمح بتكراره');
    assert.equal(cardText('مُحَمَّدٌ'), 'محمد');
  });

  test('composes letters written with combining hamza or accents instead of dropping them', () => {
    assert.equal(cardText('\u0627\u0654'), 'أ');
    assert.equal(cardText('Cafe\u0301 2050'), 'Café 2050');
  });
});

// The character budgets are only right if the fitted text really stays within three lines at the
// card's type size: lay the worst cases out with satori and count the lines.
describe('HEADLINE_MAX_CHARS keeps headlines within three lines', async () => {
  const fonts = await loadOgFonts();
  const PIXEL =
    'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';
  const lines = async (headline: string, dir: Direction) => {
    const element = articleCard({
      headline,
      section: 'x',
      siteName: 'x',
      lang: 'x',
      dir,
      background: PIXEL,
    });
    const { headlineHeight } = await layoutOgCard(element, fonts);
    assert.ok(headlineHeight !== null);
    return Math.round(
      headlineHeight / (HEADLINE_TYPE[dir].fontSize * HEADLINE_TYPE[dir].lineHeight),
    );
  };

  const worst: Record<Direction, string[]> = {
    rtl: [
      `${COP28} ${COP28}`,
      // Long words waste the most room at the end of a line.
      'الاستخباراتية والاستراتيجيات والمسؤوليات المتخصصة بالاستثمارات والمستشفيات والمواصلات والاستقرار والمؤسسات التشريعية',
      // Latin capitals and long numbers are wider than Arabic letters.
      'في 198 NATO OpenAI 198 198 (IMF) اللحظة WWW الهجوم الضغط إلحاق 1,250,000 COP28 BLOOMBERG ولفت الانتباه',
      'باتت "COP28" "COP28" "وكالة GPT-4 التصدي "وكالة 1,250,000 NATO "COP28" Microsoft في NATO 1,250,000 حادة',
    ],
    ltr: [
      `${SEED_EN} ${SEED_EN}`,
      'terrorists responsibility responsibility. suspicion responsibility terrorists announcing comprehensive',
      'Intelligence responsibility: international representatives, extraordinary parliamentary investigations',
      'NATO and the IMF: "COP28" delegates from 198 countries agree a 2050 plan amid WWW outrage',
    ],
  };

  for (const dir of ['rtl', 'ltr'] as const) {
    test(`${dir}: worst cases fitted to ${HEADLINE_MAX_CHARS[dir]} characters`, async () => {
      for (const text of worst[dir]) {
        const fitted = fitHeadline(text, HEADLINE_MAX_CHARS[dir]);
        assert.ok(
          (await lines(fitted, dir)) <= HEADLINE_MAX_LINES,
          `"${fitted}" fits ${HEADLINE_MAX_LINES} lines`,
        );
      }
    });
  }

  test('the budgets are not needlessly small: the seed headlines are not cut', async () => {
    assert.equal(fitHeadline(SEED_EN, HEADLINE_MAX_CHARS.ltr), SEED_EN);
    assert.equal(await lines(SEED_EN, 'ltr'), 3);
    assert.equal(await lines(fitHeadline(`${COP28} ${COP28}`, HEADLINE_MAX_CHARS.rtl), 'rtl'), 3);
  });

  test('layoutArticleCard shrinks the budget for a headline no budget foresaw', async (t) => {
    const warn = t.mock.method(console, 'warn', () => {});
    // Capital Ms and Ws are the widest letters there are.
    const shouting =
      'WARSAW MEMORANDUM: MOMENTUM WANES AS MADRID, MUMBAI AND MOMBASA WOMEN WARN OF MAXIMUM WAGE MISMANAGEMENT';
    const card = await layoutArticleCard(
      {
        title: shouting,
        section: 'Politics',
        siteName: 'Al-Riwaq',
        locale: 'en',
        background: PIXEL,
      },
      fonts,
    );
    assert.ok(warn.mock.callCount() > 0, 'the first budget was too generous for this one');
    assert.ok(card.lines <= HEADLINE_MAX_LINES);
    assert.ok(card.data.headline.endsWith(ELLIPSIS));
  });
});
