/**
 * The decoder registry and the one list (`DECODER_ORDER`) that says in which order decoders are
 * tried. Specific formats come before the generic ones.
 */
import { arf } from './arf';
import { deliveredNotice } from './delivered';
import { ALIAS_EVIDENCE, headText, leadText, REPLY_LINE_RECIPIENT, scanBlocks } from './blocks';
import { activehunter } from './families/activehunter';
import { aolscreenname } from './families/aolscreenname';
import { gmx } from './families/gmx';
import { mailru } from './families/mailru';
import { mxlogic } from './families/mxlogic';
import { x4 } from './families/x4';
import { yahoo } from './families/yahoo';
import { messagingserver } from './families/messagingserver';
import { mimecast } from './families/mimecast';
import { messagelabs } from './families/messagelabs';
import { googleworkspace } from './families/googleworkspace';
import { amazonses } from './families/amazonses';
import { apachejames } from './families/apachejames';
import { biglobe } from './families/biglobe';
import { domino } from './families/domino';
import { dragonfly } from './families/dragonfly';
import { einsundeins } from './families/einsundeins';
import { exchange2003 } from './families/exchange2003';
import { exchange2007 } from './families/exchange2007';
import { exchangeEnhanced } from './families/exchange/enhanced';
import { exchangeLegacy } from './families/exchange/legacy';
import { exim } from './families/exim';
import { ezweb } from './families/ezweb';
import { fml } from './families/fml';
import { gmail } from './families/gmail';
import { googlegroups } from './families/googlegroups';
import { imailserver } from './families/imailserver';
import { smartermail } from './families/smartermail';
import { communigate } from './families/communigate';
import { mercury } from './families/mercury';
import { kddi } from './families/kddi';
import { mailfoundry } from './families/mailfoundry';
import { mailmarshal } from './families/mailmarshal';
import { mfilter } from './families/mfilter';
import { notes } from './families/notes';
import { opensmtpd } from './families/opensmtpd';
import { postfix } from './families/postfix';
import { qmail } from './families/qmail';
import { sendmail } from './families/sendmail';
import { trendmicro } from './families/trendmicro';
import { v5sendmail } from './families/v5sendmail';
import { verizon } from './families/verizon';
import { x1 } from './families/x1';
import { x2 } from './families/x2';
import { x3 } from './families/x3';
import { x5 } from './families/x5';
import { x6 } from './families/x6';
import { zoho } from './families/zoho';
import { words } from '../lexicon';
import { inlineDsn, rfc3464 } from './rfc3464';
import { isAutoReply, rfc3834 } from './rfc3834';
import type { Context, Decoded, Decoder, RawRecipient } from './types';
import { mdn } from './mdn';
import { moderationHold } from './moderation';
import { readStructure } from '../detect';
import type { Structure } from '../detect';
import { rawMail } from '../mail';
import { originalRecipients, soleNamedRecipient, structuralRecipients } from '../recipients';
import { findAddresses, lines } from '../text';

const BOUNCE_FROM = words('bounceSender');

/** Worth a generic read: the headers or the first lines look like a delivery notice. */
export function looksLikeBounce(ctx: Context): boolean {
  if (words('bounceSubject').some((s) => ctx.subject.includes(s))) return true;
  if (BOUNCE_FROM.some((s) => ctx.from.includes(s))) return true;
  if (ctx.mail.headers.some((h) => h.key === 'x-failed-recipients')) return true;
  const head = headText(ctx);
  return words('bounceOpening').some((s) => head.includes(s));
}

const generic: Decoder = {
  name: 'generic',
  // Pasted text was chosen by the user as a bounce: read it even without the usual markers.
  // A recall report lists recipients with "Failed", yet nothing bounced (detect.ts, recallReport).
  detect: (ctx) =>
    ctx.structure?.signals.some((s) => s.id === 'recall-report') !== true &&
    (ctx.structure?.verdict === 'bounce' || looksLikeBounce(ctx) || ctx.mail.inputType === 'text'),
  decode: (ctx) => {
    // No family claimed the text: a localised `Recipient: <addr>` line names a recipient too.
    const rules = { end: words('originalFollows'), recipient: [REPLY_LINE_RECIPIENT], labelled: true };
    const recipients = scanBlocks(ctx.lines, rules);
    if (recipients.length === 0) return null;
    // A report that states the cause once, above the list: that text is each silent recipient's diagnostic.
    const lead = leadText(ctx.lines, rules);
    return {
      decoder: 'generic',
      recipients: recipients.map((r) => (r.diagnostic === undefined && lead !== '' ? { ...r, diagnostic: lead } : r)),
    };
  },
};

/** An automatic reply, unless a mailer daemon sent it (then it is a bounce nobody could read). */
const autoReply: Decoder = {
  name: rfc3834.name,
  detect: (ctx) => ctx.structure?.verdict === 'auto-reply' || (isAutoReply(ctx) && !BOUNCE_FROM.some((s) => ctx.from.includes(s))),
  decode: (ctx) => rfc3834.decode(ctx),
};

/** Challenge-response systems (Boxbe and the like): an automatic reply asking the sender to prove they are a person. */
const challenge: Decoder = {
  name: 'challenge-response',
  detect: (ctx) => ctx.structure?.verdict === 'challenge',
  decode: (ctx) => {
    const r = rfc3834.decode(ctx);
    if (r === null) return null;
    // The notice speaks for the protected mailbox but comes from the service (Boxbe's
    // notification address) or a one-time confirmation address (TMDA's `user-confirm-…@`): the
    // person is the first other address the notice names, never the reader it is sent to.
    const reader = new Set(
      findAddresses(
        ctx.mail.headers
          .filter((h) => h.key === 'to')
          .map((h) => h.value)
          .join(' '),
      ).map((a) => a.toLowerCase()),
    );
    const from = r.recipients[0]?.address?.toLowerCase() ?? null;
    const person = findAddresses(ctx.lines.slice(0, 40).join('\n')).find((a) => a.toLowerCase() !== from && !reader.has(a.toLowerCase()));
    const first = r.recipients[0];
    if (person === undefined || first === undefined) return { ...r, decoder: 'challenge-response' };
    return {
      ...r,
      decoder: 'challenge-response',
      recipients: [{ ...first, address: person, evidence: ['challenge: the protected mailbox'] }],
    };
  },
};

/** Read receipts: RFC 8098 MDNs and their text-only lookalikes. */
const receipt: Decoder = { name: mdn.name, detect: (ctx) => ctx.structure?.verdict === 'disposition', decode: (ctx) => mdn.decode(ctx) };

/**
 * A bounce by its structure that no family read: the report's own SMTP replies, then
 * X-Failed-Recipients, then a bounce returned inside it (a bounce of a bounce), then the
 * returned original's To; with none of those, a bounce whose recipient is not named.
 */
const structural: Decoder = {
  name: 'structure',
  detect: (ctx) => ctx.structure?.verdict === 'bounce',
  decode: (ctx) => {
    const recipients = structuralRecipients(ctx);
    if (recipients.length === 0 && ctx.mail.original !== null && ctx.nested !== true) {
      const inner = rawMail(ctx.mail.original);
      const innerCtx: Context = {
        mail: inner,
        lines: lines(inner.body),
        subject: inner.subject.toLowerCase(),
        from: inner.from.toLowerCase(),
        nested: true,
      };
      const s = readStructure(innerCtx);
      if (s.verdict === 'bounce') {
        const r = decode(innerCtx, s);
        if (r !== null && r.recipients.some((x) => x.address !== null)) return { ...r, decoder: `nested:${r.decoder}` };
      }
    }
    // The report's own text is about these recipients: it is their diagnostic where they have none.
    const lead = leadText(ctx.lines, {});
    const withText = recipients.map((r): RawRecipient => (r.diagnostic === undefined && lead !== '' ? { ...r, diagnostic: lead } : r));
    // Named by nothing but the returned original: the report said nothing about them, so no words are theirs.
    if (withText.length === 0) withText.push(...originalRecipients(ctx));
    if (withText.length === 0) withText.push(...soleNamedRecipient(ctx).map((r) => (lead !== '' ? { ...r, diagnostic: lead } : r)));
    if (withText.length === 0) withText.push({ address: null, ...(lead !== '' ? { diagnostic: lead } : {}) });
    return { decoder: 'structure', recipients: withText };
  },
};

/** How a step's result is taken. */
type Take =
  /** Taken when the decoder returns anything (a feedback report may name nobody). */
  | 'any'
  /** Taken when it names at least one recipient. */
  | 'recipients'
  /** A text family: taken when it names recipients, completed by DSN fields inlined in the same text. */
  | 'family';

interface Step {
  readonly decoder: Decoder;
  readonly take: Take;
}

const step = (decoder: Decoder, take: Take = 'recipients'): Step => ({ decoder, take });
const textFamily = (decoder: Decoder): Step => ({ decoder, take: 'family' });

/**
 * THE decoder order: the first step whose decoder detects the message and reads what its `take`
 * asks for wins. Machine-readable reports first, then text families (most specific first), then
 * the DSN fields found inline, the generic reader, and automatic replies last.
 */
export const DECODER_ORDER: readonly Step[] = [
  step(arf, 'any'),
  step(amazonses),
  step(rfc3464),
  step(deliveredNotice),
  ...[
    googleworkspace,
    messagingserver,
    mimecast,
    messagelabs,
    activehunter,
    googlegroups,
    dragonfly,
    exchange2003,
    exchangeEnhanced,
    exchangeLegacy,
    exchange2007,
    domino,
    notes,
    mailmarshal,
    mfilter,
    trendmicro,
    imailserver,
    smartermail,
    communigate,
    mercury,
    apachejames,
    verizon,
    kddi,
    ezweb,
    biglobe,
    mailfoundry,
    x1,
    x3,
    x5,
    x6,
    v5sendmail,
    fml,
    einsundeins,
    zoho,
    opensmtpd,
    gmail,
    yahoo,
    x4,
    aolscreenname,
    qmail,
    x2,
    mailru,
    gmx,
    mxlogic,
    exim,
    sendmail,
    postfix,
  ].map(textFamily),
  step(inlineDsn),
  // Before the generic reader: a held post names the group in its first sentence, with no code.
  step(moderationHold),
  step(generic),
  step(structural),
  step(receipt),
  step(challenge),
  step(autoReply),
];

/**
 * Machine-readable fields in the text beat a family's prose when they name more recipients, and
 * fill in what the prose leaves out when they name the same ones. Returns new objects: neither
 * decoder's output is changed.
 */
export function completeWithInline(family: Decoded, inline: Decoded | null): Decoded {
  if (inline === null) return family;
  if (inline.recipients.length > family.recipients.length) return inline;
  // Prose that named only aliases ("(expanded from: …)" under a program line) yields to fields naming the final address.
  if (inline.recipients.length > 0 && family.recipients.every((r) => r.evidence?.includes(ALIAS_EVIDENCE) === true)) return inline;
  const recipients = family.recipients.map((rec): RawRecipient => {
    const twin = inline.recipients.find((x) => x.address?.toLowerCase() === rec.address?.toLowerCase());
    if (twin === undefined) return rec;
    const out: RawRecipient = { ...rec };
    if (out.status === undefined && twin.status !== undefined) out.status = twin.status;
    if (out.action === undefined && twin.action !== undefined) out.action = twin.action;
    if (out.remoteMta === undefined && twin.remoteMta !== undefined) out.remoteMta = twin.remoteMta;
    // The Reporting-MTA field names the server that wrote the report: the prose rarely does in a
    // form a decoder reads, and provider tables key on it (a gateway's own relay, task P18a).
    if (out.reportingMta === undefined && twin.reportingMta !== undefined) out.reportingMta = twin.reportingMta;
    if ((out.diagnostic === undefined || out.diagnostic === '') && twin.diagnostic !== undefined) out.diagnostic = twin.diagnostic;
    return out;
  });
  const reportingMta = family.reportingMta ?? inline.reportingMta;
  return reportingMta === undefined ? { ...family, recipients } : { ...family, recipients, reportingMta };
}

/**
 * Runs the steps of `DECODER_ORDER` and returns what the first successful one read. The
 * structural verdict (`detect.ts`) is what lets the last steps read a bounce no family knows.
 */
export function decode(base: Context, structure: Structure = readStructure(base)): Decoded | null {
  const ctx: Context = { ...base, structure };
  // The inline DSN fields are read at most once, and only when a family needs them.
  let inline: Decoded | null | undefined;
  const inlineFields = (): Decoded | null => (inline ??= inlineDsn.detect(ctx) ? inlineDsn.decode(ctx) : null);
  for (const { decoder, take } of DECODER_ORDER) {
    if (!decoder.detect(ctx)) continue;
    const r = decoder === inlineDsn ? inlineFields() : decoder.decode(ctx);
    if (r === null) continue;
    if (take === 'any') return r;
    if (r.recipients.length === 0) continue;
    return withStatedOwner(take === 'family' ? completeWithInline(r, inlineFields()) : r, ctx);
  }
  return null;
}

/**
 * A whole Exchange NDR is read from its delivery-status part, which does not say who must act;
 * its human part (the enhanced layout's diagram) does. That stated owner is added to the
 * recipients it names. Returns new objects.
 */
function withStatedOwner(decoded: Decoded, ctx: Context): Decoded {
  if (decoded.decoder === exchangeEnhanced.name || decoded.recipients.every((r) => r.statedOwner !== undefined)) return decoded;
  if (!exchangeEnhanced.detect(ctx)) return decoded;
  const layout = exchangeEnhanced.decode(ctx);
  if (layout === null) return decoded;
  const recipients = decoded.recipients.map((rec): RawRecipient => {
    const twin = layout.recipients.find((x) => x.address?.toLowerCase() === rec.address?.toLowerCase());
    if (twin?.statedOwner === undefined || rec.statedOwner !== undefined) return rec;
    return { ...rec, statedOwner: twin.statedOwner, evidence: [...(rec.evidence ?? []), ...(twin.evidence ?? [])] };
  });
  return { ...decoded, recipients };
}
