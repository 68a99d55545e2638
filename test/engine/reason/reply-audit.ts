/**
 * What the one-line reply audits share (`peer-phrases.test.ts`, `vendor-replies.test.ts`): each row
 * goes through the engine's own per-recipient classification (`classify`), with the codes chosen
 * from the text as the engine chooses them (`chooseCodes`), at the SMTP step the row names or
 * pasted (no step, no family); and the same checks hold for every audit table: the agreement stays
 * at its floors, every row outside the known gaps agrees, and every known gap still disagrees, so
 * the list shrinks instead of going stale.
 */
import { classify } from '../../../src/engine/reason/classify';
import type { Verdict } from '../../../src/engine/reason/classify';
import { chooseCodes } from '../../../src/engine/precedence';
import type { Reason } from '../../../src/engine/reason/reasons';
import type { SmtpCommand } from '../../../src/engine/codes';

export interface AuditRow {
  readonly text: string;
  readonly reason: Reason;
  readonly source: string;
  readonly at: SmtpCommand | null;
}

/** The engine's reading of one row, at its SMTP step or pasted (no step, in a bounce no family claimed). */
export function auditVerdict(row: AuditRow, pasted = false): Verdict {
  const codes = chooseCodes(null, row.text);
  return classify({
    status: codes.status,
    replyCode: codes.replyCode,
    diagnostic: row.text,
    command: pasted ? null : row.at,
    action: 'failed',
    address: 'lee@example.org',
    remoteMta: null,
    reportingMta: null,
    stated: null,
    ...(pasted ? { familyKnown: false } : {}),
  });
}

/** Registers the agreement tests of one audit table (call inside its `describe`). */
export function agreementTests(
  rows: readonly AuditRow[],
  knownGaps: Readonly<Record<string, string>>,
  floors: { readonly atStep: number; readonly pasted: number },
): void {
  const agreement = (pasted: boolean): { rate: number; wrong: AuditRow[] } => {
    const wrong = rows.filter((r) => auditVerdict(r, pasted).reason !== r.reason);
    return { rate: (100 * (rows.length - wrong.length)) / rows.length, wrong };
  };

  test('every known gap is a row of the table', () => {
    const texts = new Set(rows.map((r) => r.text));
    for (const text of Object.keys(knownGaps)) expect(texts.has(text)).toBe(true);
  });

  test.each([
    ['at its SMTP step', false, floors.atStep],
    ['pasted, with no SMTP step and no family', true, floors.pasted],
  ] as const)('agreement %s stays at or above its floor', (_name, pasted, floor) => {
    const { rate, wrong } = agreement(pasted);
    if (rate < floor) console.log(wrong.map((r) => `${r.reason} <- ${auditVerdict(r, pasted).reason}: ${r.text}`).join('\n'));
    expect(rate).toBeGreaterThanOrEqual(floor);
  });

  test.each(rows.filter((r) => knownGaps[r.text] === undefined).map((r) => [r.reason, r.text, r] as const))(
    '%s: %s',
    (_reason, _text, row) => {
      expect(auditVerdict(row).reason).toBe(row.reason);
    },
  );

  test.each(rows.filter((r) => knownGaps[r.text] !== undefined).map((r) => [r.reason, r.text, r] as const))(
    'known gap, still read otherwise (move it out of KNOWN_GAPS once it agrees) — %s: %s',
    (_reason, _text, row) => {
      expect(auditVerdict(row).reason).not.toBe(row.reason);
    },
  );
}
