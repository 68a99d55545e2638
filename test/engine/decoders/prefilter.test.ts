/**
 * The decoder prefilter (src/engine/decoders/prefilter.ts) settles every decoder that declares its
 * triggers in one pass. It must name exactly the decoders whose own `detect` says yes (never drop
 * one that would have matched, never add one), on both shared corpora and on synthetic messages
 * holding one trigger each; and `decode` must read every corpus message as it does with each
 * decoder's own `detect`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { decode, DECODER_ORDER } from '../../../src/engine/decoders';
import { triggered } from '../../../src/engine/decoders/prefilter';
import type { Context, Decoder, Detection } from '../../../src/engine/decoders/types';
import { readStructure } from '../../../src/engine/detect';
import { readInput, unquote } from '../../../src/engine/input';
import { resolveLimits } from '../../../src/engine/limits';
import type { Mail } from '../../../src/engine/mail';
import { lines } from '../../../src/engine/text';

const DECODERS: readonly Decoder[] = DECODER_ORDER.map((s) => s.decoder);
const WITH_TRIGGERS = DECODERS.filter((d) => d.triggers !== undefined);

function contextOf(mail: Mail): Context {
  return { mail, lines: unquote(lines(mail.body)), subject: mail.subject.toLowerCase(), from: mail.from.toLowerCase() };
}

/** The decoders whose prefilter answer differs from their own `detect`, by name. */
function disagreements(ctx: Context): string[] {
  const set = triggered(ctx, DECODERS);
  return WITH_TRIGGERS.filter((d) => set.has(d) !== d.detect(ctx)).map((d) => d.name);
}

const shared = path.resolve(__dirname, '../../../../shared/corpus');
const files = [
  ...['sisimai/bounces', 'sisimai/not-bounces', 'outlook'].flatMap((dir) =>
    readdirSync(path.join(shared, dir))
      .filter((f) => /\.(?:eml|txt|html|msg)$/.test(f))
      .sort()
      .map((f) => path.join(shared, dir, f)),
  ),
];

test('most family decoders declare their triggers', () => {
  expect(WITH_TRIGGERS.length).toBeGreaterThan(25);
});

test('on both corpora: the prefilter names exactly the decoders that detect the message, and decode reads the same', async () => {
  expect(files.length).toBeGreaterThan(600);
  const wrong: string[] = [];
  let named = 0;
  for (const file of files) {
    const mail = await readInput(new Uint8Array(readFileSync(file)), resolveLimits()).catch(() => null);
    if (mail === null) continue;
    const ctx = contextOf(mail);
    for (const name of disagreements(ctx)) wrong.push(`${path.basename(file)}: ${name}`);
    named += triggered(ctx, DECODERS).size;
    const structure = readStructure(ctx);
    const fast = decode(ctx, structure);
    const plain = decode(contextOf(mail), structure, { prefilter: false });
    if (JSON.stringify(fast) !== JSON.stringify(plain)) wrong.push(`${path.basename(file)}: decoded differently`);
  }
  expect(wrong).toEqual([]);
  // The corpora exercise the prefilter: families are named on many messages.
  expect(named).toBeGreaterThan(300);
});

/** A message that holds one trigger of one kind, and nothing else of note. */
function synthetic(kind: keyof Detection, trigger: string, around: string): Context {
  const body = kind === 'body' ? `Hello,\n${around}${trigger}${around}\nBye` : 'Hello,\nnothing to see\nBye';
  const headers = [
    { key: 'subject', value: kind === 'subject' ? `${around}${trigger}${around}` : 'hi' },
    { key: 'from', value: kind === 'from' ? `${around}${trigger}${around}` : 'someone@example.org' },
    ...(kind === 'header' ? [{ key: trigger, value: 'x' }] : []),
    // Header values are matched as `name: value`: a trigger may span the name and the value.
    ...(kind === 'headerValue' ? [{ key: 'x-note', value: `${around}${trigger}${around}` }] : []),
  ];
  const mail: Mail = {
    inputType: 'eml',
    headers,
    subject: headers[0]?.value ?? '',
    from: headers[1]?.value ?? '',
    date: null,
    body,
    deliveryStatus: [],
    feedbackReport: null,
    disposition: null,
    original: null,
    partTypes: ['text/plain'],
    cut: [],
  };
  return contextOf(mail);
}

test('synthetic messages, one trigger each (and the trigger at a line or value edge): the decoder is named as detect names it', () => {
  const wrong: string[] = [];
  let cases = 0;
  for (const d of WITH_TRIGGERS) {
    for (const kind of ['subject', 'from', 'header', 'headerValue', 'body'] as const) {
      for (const trigger of d.triggers?.[kind] ?? []) {
        for (const around of ['', ' ', 'zz ']) {
          const ctx = synthetic(kind, trigger, around);
          cases++;
          if (!d.detect(ctx)) continue; // e.g. a header-value trigger that spans name and value
          if (!triggered(ctx, DECODERS).has(d)) wrong.push(`${d.name} ${kind} ${JSON.stringify(trigger)}`);
          for (const name of disagreements(ctx)) wrong.push(`${d.name} ${kind} ${JSON.stringify(trigger)}: ${name}`);
        }
      }
    }
  }
  expect(cases).toBeGreaterThan(100);
  expect(wrong).toEqual([]);
});
