import { describe, expect, expectTypeOf, it } from 'vitest';
import { en } from '../../../client/i18n/en.ts';
import { formatNumber, plural } from '../../../client/i18n/plural.ts';
import { sv, type Messages } from '../../../client/i18n/sv.ts';

type Catalogue = Record<string, unknown>;

const isPlainObject = (value: unknown): value is Catalogue =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Every leaf of a catalogue with its dotted path. */
function leaves(catalogue: Catalogue, prefix = ''): [string, unknown][] {
  return Object.entries(catalogue).flatMap(([key, value]): [string, unknown][] =>
    isPlainObject(value) ? leaves(value, `${prefix}${key}.`) : [[`${prefix}${key}`, value]],
  );
}

/** The shape of a catalogue: objects recurse, functions become their parameter lists, strings stay strings. */
type Shape<T> = {
  [K in keyof T]: T[K] extends (...args: infer P) => infer R
    ? (...args: P) => R
    : T[K] extends string
      ? string
      : Shape<T[K]>;
};

/** Arguments to call each function message with; the test below fails if a function message is missing here. */
const sampleArgs: Record<string, unknown[][]> = {
  documentTitle: [[], [undefined], ['Om tjänsten']],
  createdIntro: [['Arbetsplatsträff']],
  copyNamed: [['Länk för deltagare']],
  charactersLeft: [[0], [1], [2], [280], [-1], [-2], [-1234]],
  composerTooLong: [[1], [2], [15]],
  rateLimited: [[1], [2], [60]],
  postCount: [[0], [1], [2], [1000]],
  newPosts: [[0], [1], [2], [1000]],
  showNewPosts: [[0], [1], [2], [1000]],
};

const svLeaves = leaves(sv);
const enLeaves = leaves(en as Catalogue);
const svFunctions = svLeaves.filter(([, v]) => typeof v === 'function').map(([k]) => k);

function get(catalogue: Catalogue, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>((node, key) => (isPlainObject(node) ? node[key] : undefined), catalogue);
}

/** Every piece of text a catalogue can produce: its strings and its functions' output for the sample arguments. */
function allText(catalogue: Catalogue): string[] {
  return leaves(catalogue).flatMap(([path, value]) => {
    if (typeof value === 'string') return [value];
    if (typeof value === 'function') return (sampleArgs[path] ?? []).map((args) => String(value(...args)));
    return [];
  });
}

describe('message catalogues', () => {
  it('sv and en have exactly the same keys, at every depth', () => {
    const svKeys = svLeaves.map(([k]) => k).sort();
    const enKeys = enLeaves.map(([k]) => k).sort();
    expect(enKeys).toEqual(svKeys);
    expect(svKeys.length).toBeGreaterThan(50);
    // Nested groups exist and are compared too.
    expect(svKeys).toContain('connection.offline');
    expect(svKeys).toContain('errors.NETWORK_ERROR');
  });

  it('every key has the same kind of value in both (string, function or group)', () => {
    for (const [path, value] of svLeaves) {
      expect(typeof get(en as Catalogue, path), path).toBe(typeof value);
    }
  });

  it('has the same parameters for every function message (checked by tsc)', () => {
    expectTypeOf<Shape<typeof en>>().toEqualTypeOf<Shape<typeof sv>>();
    expectTypeOf(en).toExtend<Messages>();
  });

  it('has sample arguments for every function message', () => {
    expect(svFunctions.sort()).toEqual(Object.keys(sampleArgs).sort());
  });

  it('function messages take the same number of parameters in both languages', () => {
    for (const path of svFunctions) {
      const svFn = get(sv, path) as (...args: unknown[]) => unknown;
      const enFn = get(en as Catalogue, path) as (...args: unknown[]) => unknown;
      expect(enFn.length, path).toBe(svFn.length);
    }
  });

  it('function messages return non-empty, fully interpolated strings in both languages', () => {
    for (const path of svFunctions) {
      for (const catalogue of [sv, en as Catalogue]) {
        const fn = get(catalogue, path) as (...args: unknown[]) => unknown;
        for (const args of sampleArgs[path]!) {
          const text = fn(...args);
          const label = `${path}(${args.map((a) => JSON.stringify(a)).join(', ')})`;
          expect(typeof text, label).toBe('string');
          expect((text as string).trim(), label).not.toBe('');
          expect(text, label).not.toMatch(/undefined|NaN|\[object|\$\{/);
        }
      }
    }
  });

  it('every string message is non-empty and has no leftover placeholders', () => {
    for (const catalogue of [sv, en as Catalogue]) {
      for (const [path, value] of leaves(catalogue)) {
        if (typeof value !== 'string') continue;
        expect(value.trim(), path).not.toBe('');
        expect(value, path).not.toMatch(/\$\{|\{\{|undefined|TODO/);
      }
    }
  });
});

describe('plurals', () => {
  it('Swedish: new posts', () => {
    expect(sv.newPosts(1)).toBe('1 nytt inlägg');
    expect(sv.newPosts(2)).toBe('2 nya inlägg');
    expect(sv.newPosts(0)).toBe('0 nya inlägg');
    expect(sv.newPosts(1000)).toMatch(/^1\s000 nya inlägg$/u);
    expect(sv.showNewPosts(1)).toBe('Visa 1 nytt inlägg');
    expect(sv.showNewPosts(2)).toBe('Visa 2 nya inlägg');
  });

  it('English: new posts', () => {
    expect(en.newPosts(1)).toBe('1 new post');
    expect(en.newPosts(2)).toBe('2 new posts');
    expect(en.newPosts(0)).toBe('0 new posts');
    expect(en.newPosts(1000)).toBe('1,000 new posts');
    expect(en.showNewPosts(1)).toBe('Show 1 new post');
    expect(en.showNewPosts(2)).toBe('Show 2 new posts');
  });

  it('other counted messages', () => {
    expect(sv.postCount(1)).toBe('1 inlägg');
    expect(sv.postCount(2)).toBe('2 inlägg');
    expect(en.postCount(1)).toBe('1 post');
    expect(en.postCount(2)).toBe('2 posts');
    expect(sv.rateLimited(1)).toBe('Du skickar för snabbt, vänta 1 sekund.');
    expect(sv.rateLimited(2)).toBe('Du skickar för snabbt, vänta 2 sekunder.');
    expect(en.rateLimited(1)).toBe('You are sending too fast, wait 1 second.');
    expect(en.rateLimited(30)).toBe('You are sending too fast, wait 30 seconds.');
    expect(en.charactersLeft(1)).toBe('1 character left');
    expect(en.charactersLeft(0)).toBe('0 characters left');
    expect(en.charactersLeft(-1)).toBe('1 character too many');
    expect(en.charactersLeft(-5)).toBe('5 characters too many');
    expect(sv.charactersLeft(12)).toBe('12 tecken kvar');
    expect(sv.charactersLeft(-1)).toBe('1 tecken för mycket');
    expect(en.composerTooLong(1)).toBe('Your post is too long. Remove 1 character.');
    expect(en.composerTooLong(3)).toBe('Your post is too long. Remove 3 characters.');
  });

  it('plural() picks CLDR one/other for Swedish and English', () => {
    const forms = { one: 'ONE', other: 'OTHER' };
    for (const language of ['sv', 'en'] as const) {
      expect(plural(language, 1, forms)).toBe('ONE');
      for (const count of [0, 2, 5, 11, 21, 100, 1.5]) expect(plural(language, count, forms)).toBe('OTHER');
    }
  });

  it('formatNumber groups digits the local way', () => {
    expect(formatNumber('en', 12345)).toBe('12,345');
    expect(formatNumber('sv', 12345)).toMatch(/^12\s345$/u);
    expect(formatNumber('sv', 7)).toBe('7');
  });
});

describe('klarspråk', () => {
  it('the Swedish catalogue avoids stiff officialese', () => {
    const text = allText(sv).join('\n').toLocaleLowerCase('sv');
    expect(text.length).toBeGreaterThan(1000);
    // "erhåll" also catches erhåller, erhållit, erhållen.
    for (const word of ['angående', 'beträffande', 'erhålla', 'erhåll']) {
      expect(text, word).not.toContain(word);
    }
  });
});
