/**
 * The one place that decides between competing codes. Documented rules, in order:
 *
 * 1. Status: the `Status:` field of the delivery-status part (or the code a decoder read as the
 *    status) and the enhanced code found in the server's own words can disagree. The server's
 *    words win when the field is vague (X.0.0, a class-only default such as 4.4.7 or 5.3.0 on a
 *    refusal, or a 5.1.x default for a non-address problem) and the text's code has the same
 *    class as the reply code; otherwise the field wins.
 * 2. With no field, the first code in the diagnostic text is used; with neither, none.
 * 3. Reply code: the code in the diagnostic next to the status is preferred; a reply code whose
 *    class disagrees with the chosen status is dropped.
 */
import { findReplyCode, findStatuses, isClassDefault } from './codes';

/**
 * A field value the server's words may refine (rule 1): a class default, or 5.1.1, which many
 * servers write for every refusal at RCPT time whatever its cause ("a 5.1.x default").
 */
function refinable(field: string): boolean {
  return isClassDefault(field) || field === '5.1.1';
}

export interface CodeChoice {
  readonly status: string | null;
  readonly replyCode: string | null;
  readonly rule: string;
}

/** The reply code written right before a status in the text (`421 4.4.2`, `550-'5.7.1`), if any. */
function adjacentReply(diagnostic: string, status: string): string | null {
  const at = diagnostic.indexOf(status);
  if (at < 0) return null;
  const m = /([245]\d\d)[ -]['"]?$/.exec(diagnostic.slice(Math.max(0, at - 6), at));
  return m?.[1] ?? null;
}

export function chooseCodes(field: string | null, diagnostic: string, replyField: string | null = null): CodeChoice {
  const all = findStatuses(diagnostic);
  const failing = all.filter((s) => !s.startsWith('2') || field?.startsWith('2') === true);
  // A success code counts only when nothing else is there (a delivery notice).
  let inText = failing.length > 0 ? failing : all;
  // A code the server wrote next to its reply code is its own; others are quoted or prose.
  const paired = inText.filter((s) => adjacentReply(diagnostic, s) !== null);
  if (field === null && paired.length > 0) inText = [...paired, ...inText.filter((s) => !paired.includes(s))];
  // With a vague field, the first code in the text that says more than the field is the candidate.
  const textStatus = (field !== null && refinable(field) ? inText.find((s) => s !== field) : undefined) ?? inText[0] ?? null;
  let status = field;
  let rule = field !== null ? 'status-field' : 'none';
  if (field === null && textStatus !== null) {
    status = textStatus;
    rule = 'text';
  } else if (field !== null && textStatus !== null && textStatus !== field) {
    const reply = adjacentReply(diagnostic, textStatus) ?? replyField ?? findReplyCode(diagnostic, textStatus);
    const sameClass = reply === null || reply[0] === textStatus[0];
    if (refinable(field) && sameClass && textStatus[0] === field[0] && !textStatus.endsWith('.0.0')) {
      status = textStatus;
      rule = 'text-refines-field';
    } else if (field[0] !== textStatus[0] && reply !== null && reply[0] === textStatus[0] && isClassDefault(field)) {
      status = textStatus;
      rule = 'text-matches-reply';
    }
  }
  let replyCode = replyField ?? (status !== null ? adjacentReply(diagnostic, status) : null) ?? findReplyCode(diagnostic, status);
  if (replyCode !== null && status !== null && replyCode[0] !== status[0] && status[0] !== '2') {
    // A 5xx reply inside a delay notice is a quoted earlier attempt; keep it, it is what the server said.
    if (!(status[0] === '4' && replyCode[0] === '5')) replyCode = null;
  }
  return { status, replyCode, rule };
}
