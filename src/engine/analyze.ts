/**
 * The analysis step of the pipeline (`run.ts` is the entry point): bytes (or pasted text) in, one
 * versioned result out. It never throws: unreadable input becomes a `not-bounce` result whose
 * `error` says why, as data.
 */
import { findCommand, normaliseCommand } from './codes';
import { decode } from './decoders';
import { headText } from './decoders/blocks';
import type { Context, Decoded, RawRecipient } from './decoders/types';
import { InputError, isBlank, readInput, unquote } from './input';
import { exchangeWords, normalise, words } from './lexicon';
import { resolveLimits } from './limits';
import type { Cut, Limits } from './limits';
import { header, headers } from './mail';
import type { Mail } from './mail';
import { chooseCodes } from './precedence';
import { readStructure, structureEvidence } from './detect';
import { excludeRecipients } from './recipients';
import { classify } from './reason/classify';
import type { ClassifyInput, Verdict } from './reason/classify';
import { isHardBounce } from './reason/reasons';
import { addressInfo, cleanAddress, findAddresses, fold, headerBlock, indexOfLine, lines } from './text';
import type { AnalysisResult, DsnAction, MessageKind, OriginalMessage, RecipientResult } from './types';
import { RESULT_VERSION } from './types';
import { errorResult } from './result';

export { errorResult };

export type AnalyzeInput = Uint8Array | ArrayBuffer | string;

function toBytes(input: AnalyzeInput): Uint8Array {
  if (typeof input === 'string') return new TextEncoder().encode(input);
  if (input instanceof Uint8Array) return input;
  return new Uint8Array(input);
}

function makeContext(mail: Mail, limits: Limits, cut: Cut[]): Context {
  let body = mail.body;
  if (body.length > limits.maxBodyChars) {
    body = body.slice(0, limits.maxBodyChars);
    cut.push({ part: 'body', limit: limits.maxBodyChars });
  }
  return { mail, lines: unquote(lines(body)), subject: mail.subject.toLowerCase(), from: mail.from.toLowerCase() };
}

const ACTIONS: ReadonlySet<string> = new Set(['failed', 'delayed', 'delivered', 'relayed', 'expanded']);

function normaliseAction(raw: string | undefined, status: string | null): DsnAction | null {
  if (raw !== undefined) {
    const a = raw.toLowerCase();
    if (ACTIONS.has(a)) return a as DsnAction;
    if (a.startsWith('fail')) return 'failed';
    if (a.startsWith('delay')) return 'delayed';
    if (a.startsWith('deliver')) return 'delivered';
  }
  if (status?.startsWith('4') === true) return 'delayed';
  if (status?.startsWith('2') === true) return 'delivered';
  return status === null ? null : 'failed';
}

function toIso(date: string | null | undefined): string | null {
  if (date === null || date === undefined) return null;
  const t = Date.parse(date);
  return Number.isNaN(t) ? null : new Date(t).toISOString();
}

/** Remote server named in the diagnostic when the report has no Remote-MTA field. */
function remoteFromText(text: string): string | null {
  const m =
    /\bhost:?\s+([\w.-]{3,253}\.[a-z]{2,63})\s*[[(]/i.exec(text) ??
    /\b(?:from|by|at)\s+([\w-]{1,63}(?:\.[\w-]{1,63}){1,8})\s*\[\d/i.exec(text);
  return m?.[1] ?? null;
}

/**
 * Multi-line SMTP replies arrive folded into one line ("550-5.7.1 words 550-5.7.1 more words"):
 * the repeated code prefixes are dropped so phrases read as the server wrote them.
 */
export function collapseContinuations(text: string): string {
  let first = true;
  return text.replace(/\b[245]\d\d[ -][245]\.\d{1,3}\.\d{1,3} /g, (whole: string) => {
    if (first) {
      first = false;
      return whole;
    }
    return '';
  });
}

/**
 * Classifications already made for this message, by everything `classify` reads. Recipients of one
 * bounce mostly share their server's words, and ~800 phrases per recipient made 5,000 recipients cost
 * seconds; with the memo each distinct case is classified once.
 */
type VerdictMemo = Map<string, Verdict>;

function classifyOnce(input: ClassifyInput, memo: VerdictMemo): Verdict {
  const domain = input.address?.slice(input.address.lastIndexOf('@') + 1).toLowerCase() ?? '';
  const key = [
    input.status,
    input.replyCode,
    input.command,
    input.action,
    domain,
    input.remoteMta,
    input.reportingMta,
    input.stated,
    input.familyKnown,
    input.diagnostic,
  ].join('\u0000');
  const known = memo.get(key);
  if (known !== undefined) return known;
  const verdict = classify(input);
  memo.set(key, verdict);
  return verdict;
}

function finishRecipient(raw: RawRecipient, decoded: Decoded, limits: Limits, cut: Cut[], memo: VerdictMemo): RecipientResult {
  // Cut before anything reads it: folding, code-finding and ~800 phrases run over at most a few
  // thousand characters, never over a 40 MB diagnostic. The words are classified as shown.
  const rawDiagnostic = raw.diagnostic === undefined ? '' : raw.diagnostic.slice(0, limits.maxDiagnosticChars * 4);
  let diagnostic = fold(rawDiagnostic);
  if (diagnostic.length > limits.maxDiagnosticChars) {
    diagnostic = `${diagnostic.slice(0, limits.maxDiagnosticChars)}…`;
    if (!cut.some((c) => c.part === 'diagnostic')) cut.push({ part: 'diagnostic', limit: limits.maxDiagnosticChars });
  }
  const forWords = collapseContinuations(diagnostic);
  const codes = chooseCodes(raw.status ?? null, diagnostic, raw.replyCode ?? null);
  const command =
    (raw.command !== undefined ? normaliseCommand(raw.command) : null) ??
    findCommand(diagnostic) ??
    (raw.statusText !== undefined ? findCommand(raw.statusText) : null);
  const action = normaliseAction(raw.action, codes.status);
  const remoteMta = raw.remoteMta ?? remoteFromText(diagnostic);
  const reportingMta = raw.reportingMta ?? decoded.reportingMta ?? null;
  const verdict = classifyOnce(
    {
      status: codes.status,
      replyCode: codes.replyCode,
      diagnostic: forWords,
      command,
      action,
      address: raw.address,
      remoteMta,
      reportingMta,
      stated: raw.reason ?? null,
      familyKnown: !FAMILY_LESS.has(decoded.decoder),
    },
    memo,
  );
  const evidence = [...verdict.evidence];
  if (codes.status !== null) evidence.push({ rule: `codes:${codes.rule}`, text: codes.status });
  for (const e of raw.evidence ?? []) evidence.push({ rule: `decoder:${decoded.decoder}`, text: e });
  const info = raw.address === null ? null : addressInfo(raw.address);
  return {
    address: raw.address,
    addressAscii:
      info === null || info.asciiDomain === null || raw.address === null
        ? null
        : `${raw.address.slice(0, raw.address.lastIndexOf('@'))}@${info.asciiDomain}`,
    addressFlags: info?.flags ?? [],
    action,
    status: codes.status,
    replyCode: codes.replyCode,
    diagnosticCode: diagnostic === '' ? null : diagnostic,
    remoteMta,
    reportingMta,
    smtpCommand: command,
    reason: verdict.reason,
    hardBounce: isHardBounce(verdict.reason, codes.status),
    evidence,
    confidence: verdict.confidence,
    decodedBy: decoded.decoder,
    retryUntil: toIso(raw.retryUntil),
    statedOwner: raw.statedOwner ?? null,
  };
}

/** The returned original: its own part, else the text after the usual "copy of the message" line. */
function originalText(ctx: Context): string | null {
  if (ctx.mail.original !== null) return ctx.mail.original;
  // Exchange names the returned headers in the sender's language ("En-têtes de message d'origine :").
  const i = indexOfLine(ctx.lines, [...words('originalFollows'), ...exchangeWords('originalHeaders')]);
  if (i < 0) return null;
  const rest = ctx.lines.slice(i + 1);
  const first = rest.findIndex((l) => /^[\w-]{1,60}:/.test(l));
  return first < 0 ? null : rest.slice(first).join('\n');
}

function readOriginal(ctx: Context): OriginalMessage | null {
  const text = originalText(ctx);
  if (text === null) return null;
  const fields = headerBlock(text);
  if (fields.length === 0) return null;
  const get = (k: string): string | null => fields.find(([n]) => n === k)?.[1] ?? null;
  return {
    subject: get('subject'),
    messageId: get('message-id'),
    date: get('date'),
    from: get('from'),
    to: get('to'),
    authenticationResults: fields.filter(([n]) => n === 'authentication-results' || n === 'arc-authentication-results').map(([, v]) => v),
    received: fields.filter(([n]) => n === 'received').map(([, v]) => v),
  };
}

/**
 * Banners that only the MTAs' delay notices print, never their final failures: Postfix bounce(5)
 * delay template ("# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #"),
 * sendmail's warning ("**      THIS IS A WARNING MESSAGE ONLY      **"), Exim's delay warning
 * ("No action is required on your part. Delivery attempts will continue for some time").
 */
const DELAY_BANNERS: readonly string[] = [
  'this is a warning only.',
  'this is a warning message only',
  'no action is required on your part. delivery attempts will continue',
];

/**
 * Delay notice or final failure: the per-recipient Action fields decide first (any `failed` is a
 * failure, all `delayed` a delay notice), then the status codes (a permanent 5.x.x is a failure),
 * then an MTA's delay banner in the text, and only then the subject, which servers word loosely ("Warning" on final failures, "Failure"
 * on delays).
 */
function messageKind(ctx: Context, decoded: Decoded, recipients: readonly RecipientResult[]): MessageKind {
  if (decoded.kind !== undefined) return decoded.kind;
  const subject = normalise(ctx.subject);
  if (exchangeWords('delayedSubject').some((w) => subject.startsWith(w))) return 'warning';
  if (recipients.length > 0 && recipients.every((r) => r.action === 'delivered' || r.action === 'relayed' || r.action === 'expanded')) {
    return 'delivery-report';
  }
  const stated = decoded.recipients.map((r) => r.action?.toLowerCase()).filter((a): a is string => a !== undefined);
  if (stated.some((a) => a.startsWith('fail'))) return 'bounce';
  if (stated.length > 0 && stated.length === decoded.recipients.length && stated.every((a) => a.startsWith('delay'))) return 'warning';
  if (recipients.some((r) => r.status?.startsWith('5') === true)) return 'bounce';
  // With no Action field and no permanent code, the MTA's own delay banner decides (pasted text has no subject).
  const head = headText(ctx);
  if (DELAY_BANNERS.some((b) => head.includes(b))) return 'warning';
  const delaySubject = words('delaySubject').some((w) => ctx.subject.includes(w));
  if (delaySubject && !words('failureSubject').some((w) => ctx.subject.includes(w))) return 'warning';
  if (delaySubject && recipients.length > 0 && recipients.every((r) => r.status?.startsWith('4') === true)) return 'warning';
  return 'bounce';
}

/** Drops repeated recipients (same address) and empty records; keeps the first, which is the fullest. */
function dedupe(raw: readonly RawRecipient[], limits: Limits, cut: Cut[]): RawRecipient[] {
  const seen = new Set<string>();
  const out: RawRecipient[] = [];
  for (const r of raw) {
    const address = r.address === null ? null : cleanAddress(r.address);
    const key = address?.toLowerCase() ?? `#${out.length}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (out.length >= limits.maxRecipients) {
      cut.push({ part: 'recipients', limit: limits.maxRecipients });
      break;
    }
    out.push({ ...r, address });
  }
  return out;
}

export interface AnalyzeOptions {
  /**
   * Addresses the caller knows as the reader's own: the Office user, the mailbox the bounce was
   * addressed to. They are never failed recipients (unless nobody else is named).
   */
  readonly identities?: readonly string[];
}

/**
 * Addresses that are people in the story, not failed recipients: the forward's addressee and
 * forwarders, addresses in the user's notes, the bounce's own To (its addressee), the returned
 * original's From, and the identities the caller knows.
 */
function notRecipients(mail: Mail, original: OriginalMessage | null, identities: readonly string[]): Set<string> {
  const out = new Set<string>();
  const add = (text: string | null | undefined): void => {
    for (const a of findAddresses(text ?? '')) out.add(a.toLowerCase());
  };
  for (const id of mail.identities ?? []) add(id.address);
  for (const to of headers(mail, 'to')) add(to);
  add(original?.from);
  for (const id of identities) add(id);
  return out;
}

/** Drops the story's people from the recipients, unless nobody else would be left (a message to oneself). */
function withoutIdentities(raw: readonly RawRecipient[], excluded: ReadonlySet<string>): readonly RawRecipient[] {
  if (excluded.size === 0) return raw;
  const kept = raw.filter((r) => {
    const a = r.address === null ? null : cleanAddress(r.address);
    return a === null || !excluded.has(a.toLowerCase());
  });
  return kept.length > 0 ? kept : raw;
}

export async function analyze(
  input: AnalyzeInput,
  limits: Limits = resolveLimits(),
  options: AnalyzeOptions = {},
): Promise<AnalysisResult> {
  let bytes: Uint8Array;
  try {
    bytes = toBytes(input);
  } catch {
    return errorResult({ code: 'unreadable', values: {} });
  }
  if (isBlank(bytes)) return errorResult({ code: 'empty', values: {} });
  let mail: Mail;
  try {
    mail = await readInput(bytes, limits);
  } catch (e) {
    return errorResult(e instanceof InputError ? e.error : { code: 'unparseable', values: {} });
  }
  try {
    return analyzeMail(mail, limits, options);
  } catch {
    return errorResult({ code: 'analysis-failed', values: {} }, mail.inputType);
  }
}

/**
 * Recipients a decoder could not name (a pipe, a file, a source route) take the addresses of the
 * report's X-Failed-Recipients header that no other recipient has, in order: the header is the
 * server's own list of the failed addresses.
 */
function fillFromFailedHeader(recipients: readonly RawRecipient[], mail: Mail): RawRecipient[] {
  const named = new Set(recipients.map((r) => r.address?.toLowerCase()).filter((a): a is string => a !== undefined));
  const spare = findAddresses(header(mail, 'x-failed-recipients') ?? '').filter((a) => !named.has(a.toLowerCase()));
  return recipients.map((r) => {
    if (r.address !== null) return r;
    const address = spare.shift();
    return address === undefined ? r : { ...r, address, evidence: [...(r.evidence ?? []), 'X-Failed-Recipients'] };
  });
}

/** Readers that apply when no family claimed the message: no family convention shapes their words. */
const FAMILY_LESS: ReadonlySet<string> = new Set([
  'generic',
  'structure',
  // Families whose notice quotes the remote server's reply verbatim as what it said about the
  // recipient (SmarterMail "Remote host said:", CommuniGate Pro "host … says:"): no convention
  // re-reads their words when the command is not named (issue #15).
  'smartermail',
  'communigate',
  // Email Security.cloud's "Reason:" line is the next server's reply, quoted (task P18a).
  'messagelabs',
]);

/** Decoders whose recipients come from machine-readable fields: their addresses are the report's own statement. */
const FIELD_DECODERS = new Set(['arf', 'rfc3464', 'rfc3464-inline', 'amazonses', 'mdn', 'rfc3834', 'challenge-response']);

export function analyzeMail(mail: Mail, limits: Limits = resolveLimits(), options: AnalyzeOptions = {}): AnalysisResult {
  const cut: Cut[] = [...mail.cut];
  const ctx = makeContext(mail, limits, cut);
  const structure = readStructure(ctx);
  const detection = { verdict: structure.verdict, score: structure.score, evidence: structureEvidence(structure) };
  const found = decode(ctx, structure);
  let decoded = found;
  if (found !== null) {
    const recipients = excludeRecipients(fillFromFailedHeader(found.recipients, mail), ctx, FIELD_DECODERS.has(found.decoder));
    // A family that read only forbidden addresses read nothing: the structural verdict stands alone.
    decoded =
      recipients.length > 0
        ? { ...found, recipients }
        : structure.verdict === 'bounce'
          ? { ...found, recipients: [{ address: null }] }
          : null;
  }
  const base = {
    version: RESULT_VERSION,
    inputType: mail.inputType,
    subject: mail.subject === '' ? null : mail.subject,
    from: mail.from === '' ? null : mail.from,
    reportTo: findAddresses(header(mail, 'to') ?? '')[0] ?? null,
    original: readOriginal(ctx),
    error: null,
    detection,
  };
  if (decoded === null) {
    return { ...base, kind: 'not-bounce', reportingMta: null, arrivalDate: toIso(mail.date), recipients: [], decoders: [], cut };
  }
  const excluded = notRecipients(mail, base.original, options.identities ?? []);
  const verdicts: VerdictMemo = new Map();
  const recipients = dedupe(withoutIdentities(decoded.recipients, excluded), limits, cut).map((r) =>
    finishRecipient(r, decoded, limits, cut, verdicts),
  );
  const kind = messageKind(ctx, decoded, recipients);
  return {
    ...base,
    kind,
    reportingMta: decoded.reportingMta ?? recipients.find((r) => r.reportingMta !== null)?.reportingMta ?? reportingFromHeaders(mail),
    arrivalDate: toIso(decoded.arrivalDate) ?? toIso(mail.date),
    recipients,
    decoders: [decoded.decoder],
    cut,
  };
}

function reportingFromHeaders(mail: Mail): string | null {
  const received = header(mail, 'received');
  if (received === null) return null;
  const m = /\bby\s+([\w.-]{1,253})/i.exec(received);
  return m?.[1] ?? null;
}
