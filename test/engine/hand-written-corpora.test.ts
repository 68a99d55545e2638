/**
 * Table-driven accuracy floors over the hand-written sets, labelled blind from each message's
 * meaning before the engine ran on them (the first two of issue #15, the third of task P16a, the fourth of task P16d,
 * the fifth of task P18a, the sixth and seventh of tasks P19a and P19b):
 * - `test/corpus-cold`: servers, layouts and look-alikes from public MTA templates that the shared
 *   corpus lacks. Rules were then written from its misses (generic ones, each with its source).
 * - `test/corpus-check`: written independently of the cold set and of the rules; no rule may be
 *   written from it (see its README). It measures whether the rules generalise.
 * - `test/corpus-peers`: messages shaped by the detectors of other bounce parsers (their rules,
 *   never their samples; see its README). Rules were then written from its misses.
 * - `test/corpus-intl`: localised notices (task P16d) from public templates, in languages the
 *   Outlook corpus lacks. Lexicon and phrase rules were then written from its misses.
 * - `test/corpus-gateways`: security gateways' and today's providers' bounces (task P18a), from
 *   their public reply texts. Provider and decoder rules were then written from its misses.
 * - `test/corpus-m365`: Microsoft 365 / Exchange notices about the sender's own organisation
 *   (task P19a): moderation, mail flow rules and DLP, Send As, own quota, rate limits, outbound
 *   spam, authenticated-only groups, DBEB, recall reports, receipts, Exchange Server. Labelled
 *   with `owner`; rules were then written from its misses.
 * - `test/corpus-outlook-intl`: bounces in the forms Outlook hands them over (.eml, a Forward's
 *   text and HTML, a paste) in 15 languages the Outlook corpus lacks, with `owner` labels (task
 *   P19b). Lexicon rules were then written from its misses.
 * Where a set meets the shared-corpus thresholds (detection 99.5, kind 99.0, recipients
 * 99.0, reason 95.0) the floor is that threshold; elsewhere it is the figure measured when the set
 * was written, rounded down to the whole point: a regression ratchet, to be raised as rules
 * generalise, never lowered to fit a change.
 */
import path from 'node:path';
import { runAndScore } from './corpus-helpers';
import type { Score } from './corpus-helpers';

type Metric = 'detection' | 'kind' | 'recipients' | 'reason' | 'owner';

const SETS: ReadonlyArray<{ readonly dir: string; readonly files: number; readonly floors: Readonly<Partial<Record<Metric, number>>> }> = [
  // Measured 100 / 100 / 100 / 93.7 after the rules its misses called for.
  { dir: 'corpus-cold', files: 83, floors: { detection: 99.5, kind: 99.0, recipients: 99.0, reason: 93.0 } },
  // Measured blind 95.5 / 95.5 / 88.7 (detection / recipients / reason), unchanged by the cold set's
  // rules; reason 90.3 after the peers' round 2 rules (task P16c), which were not written from it.
  { dir: 'corpus-check', files: 67, floors: { detection: 95.0, recipients: 95.0, reason: 90.0 } },
  // Task P16a: the formats other bounce parsers' rules describe. Measured blind 100 / 100 / 81.4 /
  // 86.0 (detection / kind / recipients / reason), then 100 / 100 / 100 / 91.4 after the rules its
  // misses called for: detection, kind and recipients at the thresholds; reason at the measured
  // figure rounded down (a ratchet: the rest are reason phrases, listed in the task's report).
  // Task P16c added 36 files (PHP-Bounce-Handler's driver, the rest of BounceParser.pm,
  // MailBounceDetector, flanker, mikel/mail): blind 91.7 / 88.9 / 80.6 / 85.3 on them, then the
  // whole set 100 / 100 / 100 / 96.4, so every floor is now the threshold.
  { dir: 'corpus-peers', files: 106, floors: { detection: 99.5, kind: 99.0, recipients: 99.0, reason: 95.0 } },
  // Task P16d: notices in the recipients' and servers' own languages. Measured blind 91.2 / 91.2 /
  // 89.5 / 88.2 (detection / kind / recipients / reason), then 98.2 / 98.2 / 94.7 / 90.7 after the
  // lexicon and phrase rules its misses called for and the read receipts' relabelling. No metric
  // reaches the thresholds, so every floor is the final figure rounded down (a ratchet); the rest
  // need decoder rules (a recipient named only by a localised label or sentence), listed in the
  // task's report. Task P20a's label-line reading (lexicon recipientLabel): 98.2 / 98.2 / 98.2 /
  // 91.1, floors raised to those figures rounded down; the rest is Gmail's Polish sentence (its
  // wording not verified in public text) and reason phrases.
  { dir: 'corpus-intl', files: 57, floors: { detection: 98.0, kind: 98.0, recipients: 98.0, reason: 91.0 } },
  // Task P18a: security gateways' and today's providers' bounces, in their own frames or quoted by
  // the reporting MTA. Measured blind 100 / 100 / 100 / 90.9 (detection / kind / recipients /
  // reason), then 100 / 100 / 100 / 95.5 after the rules its misses called for (provider reply
  // marks, the Email Security.cloud notice): every metric reaches the thresholds, so every floor is
  // the threshold.
  { dir: 'corpus-gateways', files: 69, floors: { detection: 99.5, kind: 99.0, recipients: 99.0, reason: 95.0 } },
  // Task P19a: Microsoft 365 / Exchange in-organisation notices in Outlook's forms. Measured blind
  // 96.3 / 96.3 / 96.3 / 76.9 / 90.4 (detection / kind / recipients / reason / owner), then 100 /
  // 100 / 100 / 100 / 98.1 after the rules its misses called for. Detection, kind, recipients and
  // reason reach the thresholds, so those floors are the thresholds. Owner reached 100 once the
  // lexicons gave Microsoft's own localised names of DLP (role dlpProductName: the French DLP paste),
  // so its floor is 100 as in the Outlook corpus.
  { dir: 'corpus-m365', files: 54, floors: { detection: 99.5, kind: 99.0, recipients: 99.0, reason: 95.0, owner: 100 } },
  // Task P19b: Outlook's forms (whole .eml, a Forward's text and HTML body, a reading-pane paste) in
  // it, nl, pt-BR, pt-PT, pl, sv, da, nb, fi, cs, tr, ru, zh-CN, zh-TW and ko. First 55 files
  // measured blind 92.7 / 90.9 / 89.1 / 95.7 / 100 (detection / kind / recipients / reason / owner),
  // then 96.4 / 94.5 / 90.9 / 95.8 / 100 after the lexicon's report words their misses called for;
  // 12 more files, labelled blind after that, missed once (a delay notice read as a failure). All 67:
  // 97.0 / 94.0 / 92.5 / 96.7 / 100. Reason and owner reach the thresholds (reason 95.0; owner 100 as
  // in the Outlook corpus), so those floors are the thresholds; detection, kind and recipients are the
  // figures rounded down (a ratchet): the rest need decoder rules (a recipient named only on a
  // localised label line, Gmail's localised sentence, a delay told only by its still-trying
  // sentence), listed in the task's report. Task P20a read those three (label lines, Gmail's pt-BR
  // sentence, delays told by their sentence or summary): 98.5 / 98.5 / 98.5 / 96.9 / 100, floors
  // raised to the figures rounded down; the one miss left is Gmail's Turkish sentence (its wording
  // not verified in public text).
  {
    dir: 'corpus-outlook-intl',
    files: 67,
    floors: { detection: 98.0, kind: 98.0, recipients: 98.0, reason: 95.0, owner: 100 },
  },
];

describe.each(SETS.map((s) => [s.dir, s] as const))('test/%s', (dir, set) => {
  let result: Score;

  beforeAll(async () => {
    // Owner is scored where a set labels it (the Outlook-form sets); elsewhere no record names one.
    result = await runAndScore(path.resolve(__dirname, '..', dir));
  });

  test('covers every labelled file', () => {
    expect(result.files).toBe(set.files);
  });
  // A set labelled with owners must have its owners scored: an owner floor over no owner is void.
  test('scores every labelled owner when it has an owner floor', () => {
    if (set.floors.owner !== undefined) expect(result.ownerScored).toBeGreaterThan(0);
  });
  test.each(Object.entries(set.floors))('%s stays at or above its floor', (metric, floor) => {
    const value = result[metric as Metric];
    if (value < floor) console.log(result.misses.join('\n'));
    expect(value).toBeGreaterThanOrEqual(floor);
  });
});
