/**
 * RFC 3464 delivery status notifications: the machine-readable part decides, the human text and
 * any SMTP transcript fill what the machine part leaves out (the command, a missing diagnostic).
 */
import { findCommand } from '../codes';
import { hasDsnFields, MAX_RECIPIENTS, parseDsn } from '../dsn';
import { work } from '../work';
import { fold } from '../text';
import { openingText, scanBlocks } from './blocks';
import { readTranscript } from './transcript';
import type { Context, Decoded, Decoder, RawRecipient } from './types';

/** First entry per lower-cased address: one pass to build, one lookup per recipient. */
function byAddress<T extends { readonly address: string | null }>(items: readonly T[]): Map<string, T> {
  const index = new Map<string, T>();
  for (const x of items) {
    const key = x.address?.toLowerCase();
    if (key !== undefined && !index.has(key)) index.set(key, x);
  }
  return index;
}

/**
 * Fills what the machine part left out from the human text. Linear by construction: the
 * recipients are already capped (parseDsn), and the text's hits are indexed by address once
 * instead of searched for every recipient (20,000 × 26,000 lines took a minute).
 */
function enrich(recipients: RawRecipient[], ctx: Context): void {
  const transcript = readTranscript(ctx.lines);
  // The fields name the recipients: a sendmail alias in the text must not displace an unusable Final-Recipient's final address.
  const blocks = scanBlocks(ctx.lines, { orphans: false });
  const transcriptOf = byAddress(transcript);
  const blockOf = byAddress(blocks);
  let lead: string | null = null;
  // A Final-Recipient without a usable address (`@host` source routes): take the text's, in order.
  const named = new Set(recipients.map((r) => r.address?.toLowerCase()).filter((a) => a !== undefined));
  const spare = blocks.filter((b) => b.address !== null && !named.has(b.address.toLowerCase()));
  let nextSpare = 0;
  for (const r of recipients) {
    if (r.address === null && nextSpare < spare.length) r.address = spare[nextSpare++]?.address ?? null;
  }
  for (const r of recipients) {
    work(1);
    const key = r.address?.toLowerCase() ?? '';
    const t = transcriptOf.get(key) ?? (transcript.length === 1 ? transcript[0] : undefined);
    const b = blockOf.get(key) ?? (blocks.length === 1 && recipients.length === 1 ? blocks[0] : undefined);
    if (t !== undefined) {
      if (r.command === undefined && t.command !== null) r.command = t.command;
      if (r.diagnostic === undefined || r.diagnostic === '') r.diagnostic = t.reply;
    }
    // A "block" that is really the returned original's header lines is no diagnostic.
    if (b?.diagnostic !== undefined && !/\b(?:message-id|mime-version|x-mailer|content-type):/i.test(b.diagnostic)) {
      if (r.diagnostic === undefined || r.diagnostic === '' || !/[a-z]{3}/i.test(r.diagnostic)) {
        r.diagnostic = fold(`${r.diagnostic ?? ''} ${b.diagnostic}`);
      }
      if (r.command === undefined) {
        const c = findCommand(b.diagnostic);
        if (c !== null) r.command = c;
      }
    }
    if (r.diagnostic === undefined || r.diagnostic === '') {
      lead ??= openingText(ctx.lines);
      if (lead !== '') r.diagnostic = lead;
    }
    if (r.command === undefined && r.diagnostic !== undefined) {
      const c = findCommand(r.diagnostic);
      if (c !== null) r.command = c;
    }
  }
}

/**
 * "Action: expanded" names a list address whose members the report then accounts for: beside a
 * member's "Action: failed" it is no outcome of its own (rjbs BounceParser.pm counts an expanded
 * report as a bounce only when some group failed, and reports only that group).
 */
function dropExpandedBesideFailures(recipients: RawRecipient[]): void {
  if (!recipients.some((r) => r.action?.toLowerCase().startsWith('failed') === true)) return;
  for (let i = recipients.length - 1; i >= 0; i--) {
    if (recipients[i]?.action?.toLowerCase().startsWith('expanded') === true) recipients.splice(i, 1);
  }
}

export function decodeDsnText(texts: readonly string[], ctx: Context, name: string): Decoded | null {
  const recipients: RawRecipient[] = [];
  let reportingMta: string | undefined;
  let arrivalDate: string | undefined;
  for (const text of texts) {
    const dsn = parseDsn(text);
    reportingMta ??= dsn.message.reportingMta;
    arrivalDate ??= dsn.message.arrivalDate;
    for (const r of dsn.recipients) {
      if (recipients.length >= MAX_RECIPIENTS) break;
      if (dsn.message.reportingMta !== undefined) r.reportingMta = dsn.message.reportingMta;
      recipients.push(r);
    }
  }
  if (recipients.length === 0) return null;
  dropExpandedBesideFailures(recipients);
  enrich(recipients, ctx);
  const out: Decoded = { decoder: name, recipients };
  if (reportingMta !== undefined) out.reportingMta = reportingMta;
  if (arrivalDate !== undefined) out.arrivalDate = arrivalDate;
  return out;
}

export const rfc3464: Decoder = {
  name: 'rfc3464',
  detect: (ctx) => ctx.mail.deliveryStatus.length > 0,
  decode: (ctx) => decodeDsnText(ctx.mail.deliveryStatus, ctx, 'rfc3464'),
};

/** DSN fields pasted into the text (AWS WorkMail's "Technical report", pasted reports). */
export const inlineDsn: Decoder = {
  name: 'rfc3464-inline',
  detect: (ctx) => hasDsnFields(ctx.mail.body),
  decode: (ctx) => decodeDsnText([ctx.mail.body], ctx, 'rfc3464-inline'),
};
