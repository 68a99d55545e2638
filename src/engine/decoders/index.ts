/**
 * The decoder registry and the one list (`DECODER_ORDER`) that says in which order decoders are
 * tried. Specific formats come before the generic ones.
 */
import { arf } from './arf';
import { REPLY_LINE_RECIPIENT, scanBlocks } from './blocks';
import { activehunter } from './families/activehunter';
import { gmx } from './families/gmx';
import { mailru } from './families/mailru';
import { mxlogic } from './families/mxlogic';
import { x4 } from './families/x4';
import { yahoo } from './families/yahoo';
import { messagingserver } from './families/messagingserver';
import { mimecast } from './families/mimecast';
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

const BOUNCE_FROM = words('bounceSender');

/** Worth a generic read: the headers or the first lines look like a delivery notice. */
export function looksLikeBounce(ctx: Context): boolean {
  if (words('bounceSubject').some((s) => ctx.subject.includes(s))) return true;
  if (BOUNCE_FROM.some((s) => ctx.from.includes(s))) return true;
  if (ctx.mail.headers.some((h) => h.key === 'x-failed-recipients')) return true;
  const head = ctx.lines.slice(0, 40).join('\n').toLowerCase();
  return words('bounceOpening').some((s) => head.includes(s));
}

const generic: Decoder = {
  name: 'generic',
  // Pasted text was chosen by the user as a bounce: read it even without the usual markers.
  detect: (ctx) => looksLikeBounce(ctx) || ctx.mail.inputType === 'text',
  decode: (ctx) => {
    const recipients = scanBlocks(ctx.lines, { end: words('originalFollows'), recipient: [REPLY_LINE_RECIPIENT] });
    return recipients.length === 0 ? null : { decoder: 'generic', recipients };
  },
};

/** An automatic reply, unless a mailer daemon sent it (then it is a bounce nobody could read). */
const autoReply: Decoder = {
  name: rfc3834.name,
  detect: (ctx) => isAutoReply(ctx) && !BOUNCE_FROM.some((s) => ctx.from.includes(s)),
  decode: (ctx) => rfc3834.decode(ctx),
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
  ...[
    googleworkspace,
    messagingserver,
    mimecast,
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
  step(generic),
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
  const recipients = family.recipients.map((rec): RawRecipient => {
    const twin = inline.recipients.find((x) => x.address?.toLowerCase() === rec.address?.toLowerCase());
    if (twin === undefined) return rec;
    const out: RawRecipient = { ...rec };
    if (out.status === undefined && twin.status !== undefined) out.status = twin.status;
    if (out.action === undefined && twin.action !== undefined) out.action = twin.action;
    if (out.remoteMta === undefined && twin.remoteMta !== undefined) out.remoteMta = twin.remoteMta;
    if ((out.diagnostic === undefined || out.diagnostic === '') && twin.diagnostic !== undefined) out.diagnostic = twin.diagnostic;
    return out;
  });
  return { ...family, recipients };
}

/** Runs the steps of `DECODER_ORDER` and returns what the first successful one read. */
export function decode(ctx: Context): Decoded | null {
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
