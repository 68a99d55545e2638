/**
 * The trigram prefilter (src/engine/haystack.ts) may only skip fragments that do not
 * occur: over every table list the reason tiers search, on real bounce text and on synthetic text
 * built around the fragments themselves, it finds exactly what a plain `includes` scan finds. The
 * provider index finds exactly the providers the dot-suffix rule (`hostMatches`) does.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { PHRASE_FAMILIES } from '../../src/engine/reason/families';
import { firstIn, mayAllOccur, mayOccurEach } from '../../src/engine/haystack';
import { findWord, words } from '../../src/engine/lexicon';
import { EN } from '../../src/engine/lexicon/en';
import type { Role } from '../../src/engine/lexicon/types';
import { GENERIC_PHRASES, PHRASES } from '../../src/engine/reason/phrases';
import { hostMatches, PROVIDERS, providersOf } from '../../src/engine/reason/providers';

const ROLES = (Object.keys(EN) as Role[]).filter((k) => Array.isArray(EN[k]));

const lists: ReadonlyArray<readonly string[]> = [
  ...Object.values(PHRASES).flatMap((r) => [r.any ?? [], ...(r.seq ?? [])]),
  ...Object.values(GENERIC_PHRASES).flatMap((r) => [r.any ?? [], ...(r.seq ?? [])]),
  ...PHRASE_FAMILIES.flatMap((f) => [f.any ?? [], f.words ?? [], f.afterHost ?? [], f.unless ?? []]),
  ...PROVIDERS.flatMap((p) => p.rules.map((r) => r.any)),
  // The lexicon's word lists (every language), which `findWord` searches.
  ...ROLES.map((role) => words(role)),
].filter((l) => l.length > 0);
const fragments = [...new Set(lists.flat())];

/** A small deterministic generator, so a failure can be replayed. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const naiveFirst = (text: string, list: readonly string[]): number => list.findIndex((f) => text.includes(f));

/** Counts the lists with a hit; every disagreement with plain `includes` is collected in `wrong`. */
function agreeOn(texts: readonly string[], wrong: string[]): number {
  let hits = 0;
  for (const text of texts) {
    for (const role of ROLES) {
      const want = words(role).find((w) => text.includes(w)) ?? null;
      if (findWord(role, text) !== want) wrong.push(`findWord ${role} in ${JSON.stringify(text.slice(0, 80))}`);
    }
    for (const list of lists) {
      const want = naiveFirst(text, list);
      const got = firstIn(text, list);
      if (got !== want)
        wrong.push(
          `firstIn ${JSON.stringify(list[want] ?? null)} != ${JSON.stringify(list[got] ?? null)} in ${JSON.stringify(text.slice(0, 80))}`,
        );
      if (want < 0) continue;
      hits++;
      // Every fragment that occurs must be offered to the caller's own search.
      const offered = new Set<string>();
      mayOccurEach(text, list, (f) => (offered.add(f), false));
      for (const f of list) if (text.includes(f) && !offered.has(f)) wrong.push(`mayOccurEach dropped ${JSON.stringify(f)}`);
      if (list.every((f) => text.includes(f)) && !mayAllOccur(text, list)) wrong.push(`mayAllOccur ${JSON.stringify(list)}`);
    }
  }
  return hits;
}

test('the tables give the prefilter something to do', () => {
  expect(lists.length).toBeGreaterThan(100);
  expect(fragments.length).toBeGreaterThan(1000);
});

test('on the shared corpus text, the first fragment found is the one includes finds', () => {
  const dir = path.resolve(__dirname, '../../../shared/corpus/sisimai/bounces');
  const texts = readdirSync(dir)
    .sort()
    .map((f) => readFileSync(path.join(dir, f), 'latin1').toLowerCase())
    // A stretch of each file's body (where the server's words are), plus one text that changes by one letter.
    .flatMap((t) => {
      const body = t.slice(t.indexOf('\n\n') + 2);
      const part = body.slice(0, 1500);
      return [part, part.slice(1)];
    });
  const wrong: string[] = [];
  expect(agreeOn(texts, wrong)).toBeGreaterThan(500);
  expect(wrong).toEqual([]);
});

test('on synthetic text around the fragments (whole, cut, joined, non-ASCII), it agrees with includes', () => {
  const next = rng(14);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)] as T;
  const noise = ['', ' ', 'x', '550 5.1.1 ', 'ü', '日本語', '\u0130', 'ab', '\n', '<a@b.c> '];
  const texts: string[] = ['', 'a', 'ab', 'abc'];
  for (let i = 0; i < 1500; i++) {
    const f = pick(fragments);
    const cut = Math.floor(next() * f.length);
    const variant = [f, f.slice(0, cut), f.slice(cut), f.slice(0, cut) + pick(noise) + f.slice(cut), f.toUpperCase()][i % 5] ?? f;
    texts.push(pick(noise) + variant + pick(noise) + (next() < 0.3 ? pick(fragments) : ''));
  }
  const wrong: string[] = [];
  expect(agreeOn(texts, wrong)).toBeGreaterThan(1000);
  expect(wrong).toEqual([]);
});

test('the provider index names the providers the dot-suffix rule names', () => {
  const next = rng(15);
  const hosts = PROVIDERS.flatMap((p) => [...p.hosts, ...p.domains]);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)] as T;
  const shapes = [
    (h: string) => h,
    (h: string) => `mx1.${h}`,
    (h: string) => `dns; mx.${h}.`,
    (h: string) => `${h} [192.0.2.1]`,
    (h: string) => `x${h}`,
    (h: string) => `${h}.evil.example`,
    (h: string) => h.toUpperCase(),
    (h: string) => `a.b.${h}..`,
  ];
  let matched = 0;
  for (let i = 0; i < 4000; i++) {
    const host = (): string | null => (next() < 0.2 ? null : pick(shapes)(pick(hosts)));
    const input = {
      remoteMta: host(),
      reportingMta: host(),
      address: next() < 0.2 ? null : `bob@${next() < 0.5 ? pick(hosts) : 'example.org'}`,
    };
    const domain = input.address?.split('@')[1]?.toLowerCase() ?? null;
    const want = PROVIDERS.filter(
      (p) =>
        p.global === true ||
        hostMatches(input.remoteMta, p.hosts) ||
        hostMatches(input.reportingMta, p.hosts) ||
        (domain !== null && p.domains.includes(domain)),
    ).map((p) => p.name);
    expect(providersOf(input)).toEqual(want);
    if (want.some((n) => PROVIDERS.find((p) => p.name === n)?.global !== true)) matched++;
  }
  expect(matched).toBeGreaterThan(1000);
});
