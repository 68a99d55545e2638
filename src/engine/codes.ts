/**
 * Finding codes in a server's text: RFC 3463 enhanced status codes (`5.1.1`) and RFC 5321 reply
 * codes (`550`), and naming the SMTP command the failure followed.
 */

/** An enhanced status code not glued to other digits or dots (so IP addresses never match). */
const STATUS_RE = /(?<![\d.])([245])\.(\d{1,3})\.(\d{1,3})(?!\.?\d)/g;
/** A reply code: three digits at a word edge, not part of a number, a dotted quad or a status. */
const REPLY_RE = /(?<![\w.:/-])([245][0-7]\d)(?![\w.:/])/g;

export function findStatuses(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(STATUS_RE)) {
    const subject = Number(m[2]);
    const detail = Number(m[3]);
    // Subjects 0..7 exist in RFC 3463; larger ones are version numbers or dates.
    if (subject > 7 || detail > 999) continue;
    out.push(`${m[1]}.${subject}.${detail}`);
  }
  return out;
}

export function findStatus(text: string): string | null {
  return findStatuses(text)[0] ?? null;
}

/**
 * The reply code of a diagnostic. Prefers one next to an enhanced code (`550 5.1.1`, `550-5.7.26`),
 * then one at the start of the text or after "said:"; a lone number in prose does not count.
 */
export function findReplyCode(text: string, status: string | null = null): string | null {
  const candidates: Array<{ code: string; index: number; score: number }> = [];
  for (const m of text.matchAll(REPLY_RE)) {
    const code = m[1];
    if (code === undefined) continue;
    const index = m.index ?? 0;
    const before = text.slice(Math.max(0, index - 12), index).toLowerCase();
    const after = text.slice(index + 3, index + 12);
    let score = 0;
    if (/^[ -]?[245]\.\d/.test(after)) score += 4;
    if (index === 0 || /(?:^|[\s;:'"([])$/.test(before)) score += 1;
    if (/(?:said|smtp|returned|error|reply|response|failed with|code)[:;]?\s*['"([]?$/.test(before)) score += 2;
    if (/^\s*[-\s]/.test(after) || after === '' || /^[\s,)\]'"]/.test(after)) score += 1;
    if (status !== null && code[0] === status[0]) score += 1;
    if (/(?:port|version|id|#|no\.?)\s*$/i.test(before)) score -= 5;
    candidates.push({ code, index, score });
  }
  let best: { code: string; index: number; score: number } | null = null;
  for (const c of candidates) if (c.score >= 2 && (best === null || c.score > best.score)) best = c;
  return best?.code ?? null;
}

export type SmtpCommand = 'CONN' | 'HELO' | 'EHLO' | 'STARTTLS' | 'AUTH' | 'MAIL' | 'RCPT' | 'DATA' | 'QUIT';

const COMMAND_PATTERNS: ReadonlyArray<readonly [RegExp, SmtpCommand]> = [
  [/in reply to (?:the )?end of data/i, 'DATA'],
  [/(?:in reply to|after|for) (?:the )?rcpt to\b/i, 'RCPT'],
  [/(?:in reply to|after|for) (?:the )?mail from\b/i, 'MAIL'],
  [/(?:in reply to|after|for) (?:the )?(?:end of )?data\b/i, 'DATA'],
  [/(?:in reply to|after) (?:the )?(?:helo|ehlo)\b/i, 'HELO'],
  [/after initial connection|in reply to (?:the )?initial greeting|while connecting|connect to\b/i, 'CONN'],
  [/(?:in reply to|after) starttls\b/i, 'STARTTLS'],
  [/>>> ?rcpt to/i, 'RCPT'],
  [/does not like recipient|did not like our rcpt|rejected recipient/i, 'RCPT'],
  [/>>> ?mail from/i, 'MAIL'],
  [/>>> ?data/i, 'DATA'],
  [/>>> ?(?:helo|ehlo)/i, 'HELO'],
  [/\brcpt[ _]to\b/i, 'RCPT'],
  [/smtp:rcpt\b|\brcpt command\b/i, 'RCPT'],
  [/\bmail[ _]from\b|\bmail command\b/i, 'MAIL'],
  [/\bend of data\b|\bdata command\b|final data\b|\bsmtp:data\b/i, 'DATA'],
];

export function findCommand(text: string): SmtpCommand | null {
  for (const [re, cmd] of COMMAND_PATTERNS) if (re.test(text)) return cmd;
  return null;
}

/** Normalises a command a decoder read verbatim (`RCPT TO`, `rcpt`, `end of data`). */
export function normaliseCommand(raw: string): SmtpCommand | null {
  const s = raw.trim().toUpperCase();
  if (s.startsWith('RCPT')) return 'RCPT';
  if (s.startsWith('MAIL')) return 'MAIL';
  if (s.startsWith('DATA') || s.includes('END OF DATA') || s === '.') return 'DATA';
  if (s.startsWith('HELO')) return 'HELO';
  if (s.startsWith('EHLO')) return 'EHLO';
  if (s.startsWith('STARTTLS')) return 'STARTTLS';
  if (s.startsWith('AUTH')) return 'AUTH';
  if (s.startsWith('CONN')) return 'CONN';
  return null;
}

/**
 * Class-default codes: the ones a server writes when it has nothing more specific to say, so the
 * server's words (or a more specific code in them) decide. The one definition, used by code
 * arbitration (`precedence.ts`), reasons (`reason/classify.ts`) and explanations (`explain/`):
 * - X.N.0, the "other or undefined" detail of every subject (RFC 3463);
 * - X.7.1 "delivery not authorized": every refusal by policy, whatever the policy was;
 * - X.4.7 "delivery time expired": what servers say after any repeated failure.
 */
export function isClassDefault(status: string): boolean {
  const m = /^[245]\.(\d{1,3})\.(\d{1,3})$/.exec(status);
  if (m === null) return false;
  const [, subject, detail] = m;
  return detail === '0' || (subject === '7' && detail === '1') || (subject === '4' && detail === '7');
}
