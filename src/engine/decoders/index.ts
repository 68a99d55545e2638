/**
 * The decoder registry and the order in which decoders are tried. Specific formats come before
 * the generic ones; the first decoder that reads at least one recipient wins.
 */
import { arf } from './arf';
import { COMMON_END, leadText, REPLY_LINE_RECIPIENT, scanBlocks } from './blocks';
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
import { inlineDsn, rfc3464 } from './rfc3464';
import { isAutoReply, rfc3834 } from './rfc3834';
import type { Context, Decoded, Decoder } from './types';
import { mdn } from './mdn';
import { readStructure } from '../detect';
import type { Structure } from '../detect';
import { rawMail } from '../mail';
import { originalRecipients, structuralRecipients } from '../recipients';
import { lines } from '../text';

/** Text formats, most specific first. */
export const TEXT_DECODERS: readonly Decoder[] = [
  amazonses,
  googleworkspace,
  messagingserver,
  mimecast,
  activehunter,
  googlegroups,
  dragonfly,
  exchange2003,
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
];

export const ALL_DECODERS: readonly Decoder[] = [arf, rfc3464, ...TEXT_DECODERS, inlineDsn, rfc3834];

const BOUNCE_SUBJECT = [
  'undeliver',
  'delivery',
  'failure',
  'failed',
  'returned',
  'bounce',
  'not delivered',
  'non remis',
  'unzustellbar',
  'error',
  'nicht zugestellt',
  'warning',
  'delayed',
  'problem',
  'rejected',
  'notification',
  'could not',
  'エラー',
  '配信',
  '未達',
  'не доставлено',
];
const BOUNCE_FROM = ['mailer-daemon', 'postmaster', 'mail delivery', 'maildelivery', 'mail.delivery', 'mdaemon', 'bounce', 'daemon'];

/** Worth a generic read: the headers or the first lines look like a delivery notice. */
export function looksLikeBounce(ctx: Context): boolean {
  if (BOUNCE_SUBJECT.some((s) => ctx.subject.includes(s))) return true;
  if (BOUNCE_FROM.some((s) => ctx.from.includes(s))) return true;
  if (ctx.mail.headers.some((h) => h.key === 'x-failed-recipients')) return true;
  const head = ctx.lines.slice(0, 40).join('\n').toLowerCase();
  return [
    'could not be delivered',
    'undeliverable',
    'delivery failed',
    'delivery has failed',
    'permanent error',
    'not delivered',
    'delivery to the following',
    'failed permanently',
    'remote server returned',
    'unable to deliver',
  ].some((s) => head.includes(s));
}

const generic: Decoder = {
  name: 'generic',
  detect: looksLikeBounce,
  decode: (ctx) => {
    const recipients = scanBlocks(ctx.lines, { end: COMMON_END, recipient: [REPLY_LINE_RECIPIENT] });
    return recipients.length === 0 ? null : { decoder: 'generic', recipients };
  },
};

/** Runs the decoders in order and returns what the first successful one read. */
export function decode(ctx: Context, structure: Structure): Decoded | null {
  if (arf.detect(ctx)) {
    const r = arf.decode(ctx);
    if (r !== null) return r;
  }
  if (amazonses.detect(ctx)) {
    const r = amazonses.decode(ctx);
    if (r !== null && r.recipients.length > 0) return r;
  }
  if (rfc3464.detect(ctx)) {
    const r = rfc3464.decode(ctx);
    if (r !== null && r.recipients.length > 0) return r;
  }
  const inline = inlineDsn.detect(ctx) ? inlineDsn.decode(ctx) : null;
  for (const d of TEXT_DECODERS) {
    if (!d.detect(ctx)) continue;
    const r = d.decode(ctx);
    if (r === null || r.recipients.length === 0) continue;
    // Machine-readable fields in the text beat the prose when they name more recipients, and
    // fill in what the prose leaves out when they name the same ones.
    if (inline !== null && inline.recipients.length > r.recipients.length) return inline;
    if (inline !== null) {
      for (const rec of r.recipients) {
        const twin = inline.recipients.find((x) => x.address?.toLowerCase() === rec.address?.toLowerCase());
        if (twin === undefined) continue;
        if (rec.status === undefined && twin.status !== undefined) rec.status = twin.status;
        if (rec.action === undefined && twin.action !== undefined) rec.action = twin.action;
        if (rec.remoteMta === undefined && twin.remoteMta !== undefined) rec.remoteMta = twin.remoteMta;
        if ((rec.diagnostic === undefined || rec.diagnostic === '') && twin.diagnostic !== undefined) rec.diagnostic = twin.diagnostic;
      }
    }
    return r;
  }
  if (inline !== null && inline.recipients.length > 0) return inline;
  // Pasted text was chosen by the user as a bounce: read it even without the usual markers.
  const bounceLike = structure.verdict === 'bounce' || generic.detect(ctx) || ctx.mail.inputType === 'text';
  if (bounceLike) {
    const r = generic.decode(ctx);
    if (r !== null) return r;
  }
  if (structure.verdict === 'bounce') return structural(ctx);
  if (structure.verdict === 'disposition') return mdn.decode(ctx);
  if (structure.verdict === 'challenge') return { ...rfc3834.decode(ctx), decoder: 'challenge-response' } as Decoded;
  if (structure.verdict === 'auto-reply' || (isAutoReply(ctx) && !BOUNCE_FROM.some((s) => ctx.from.includes(s))))
    return rfc3834.decode(ctx);
  return null;
}

/**
 * A bounce by its structure that no family read: the report's own SMTP replies, then
 * X-Failed-Recipients, then a bounce returned inside it (a bounce of a bounce), then the
 * returned original's To; with none of those, a bounce whose recipient is not named.
 */
function structural(ctx: Context): Decoded {
  let recipients = structuralRecipients(ctx);
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
  if (recipients.length === 0) recipients = originalRecipients(ctx);
  if (recipients.length === 0) recipients = [{ address: null }];
  const lead = leadText(ctx.lines, {});
  for (const r of recipients) if ((r.diagnostic === undefined || r.diagnostic === '') && lead !== '') r.diagnostic = lead;
  return { decoder: 'structure', recipients };
}
