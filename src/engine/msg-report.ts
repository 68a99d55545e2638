/**
 * The recipient table of an Outlook report message (`REPORT.IPM.Note.NDR`, `.DR`, `.Delayed.DR`…),
 * rewritten as the RFC 3464 `message/delivery-status` part it stands for, so the engine's one
 * RFC 3464 reader reads a dragged-in `.msg` the way it reads the same report as MIME.
 *
 * Sources (Microsoft Open Specifications):
 * - [MS-OXCMAIL] 2.1.3.6.1 "Generating Delivery Status Notification Messages": per recipient,
 *   Final-Recipient from the SMTP address, Action from the message class (2.1.3.6.1.1), Remote-MTA
 *   from PidTagRemoteMessageTransferAgent, X-Supplementary-Info from PidTagSupplementaryInfo;
 *   Reporting-MTA from PidTagReportingMessageTransferAgent on the message.
 * - [MS-OXCMAIL] 2.2.3.7.1.1: the Action ↔ message-class suffix table (failed *.NDR, delayed
 *   *.Delayed.DR, relayed *.Relayed.DR, expanded *.Expanded.DR, delivered *.DR).
 * - [MS-OXCMAIL] 2.2.3.7.1.3: PidTagNonDeliveryReportStatusCode = Kind×100 + Subject×10 + Detail
 *   (Subject and Detail outside 0–9 stored as 0), so the Status is read back digit by digit.
 * - [MS-OXOMSG] 2.2.2.30–2.2.2.36 and [MS-OXPROPS] for the tags below.
 * The MS-OXCMAIL 2.1.3.6.1.2 table that derives a Status from the diagnostic and reason codes is
 * not applied: a Status is written only when the file states one; the diagnostic text carries
 * the server's own code, which the engine reads as it reads any diagnostic.
 */
import { DEFAULT_LIMITS } from './limits';

/** A property as msgreader's `rawProps` gives it: tag as 8 lower-case hex digits, value decoded. */
export interface RawProp {
  readonly propertyTag: string | undefined;
  readonly value?: unknown;
}

/** Property IDs (high word of the tag), per [MS-OXPROPS]. */
const PROP = {
  nonDeliveryReportReasonCode: 0x0c04, // PtypInteger32, [MS-OXOMSG] 2.2.2.31
  nonDeliveryReportDiagCode: 0x0c05, // PtypInteger32, [MS-OXOMSG] 2.2.2.30
  supplementaryInfo: 0x0c1b, // PtypString, [MS-OXOMSG] 2.2.2.36
  nonDeliveryReportStatusCode: 0x0c20, // PtypInteger32, [MS-OXOMSG] 2.2.2.32
  remoteMessageTransferAgent: 0x0c21, // PtypString, [MS-OXOMSG] 2.2.2.34
  reportText: 0x1001, // PtypString, PidTagReportText (MAPI "Recipient Properties for Delivery Status Reports")
  displayName: 0x3001, // PtypString
  addressType: 0x3002, // PtypString
  emailAddress: 0x3003, // PtypString
  smtpAddress: 0x39fe, // PtypString
  reportingMessageTransferAgent: 0x6820, // PtypString, [MS-OXOMSG] 2.2.2.35 (on the message)
} as const;

/** The properties that make a recipient row a report row (not a plain addressee). */
const REPORT_PROPS: readonly number[] = [
  PROP.nonDeliveryReportReasonCode,
  PROP.nonDeliveryReportDiagCode,
  PROP.supplementaryInfo,
  PROP.nonDeliveryReportStatusCode,
  PROP.remoteMessageTransferAgent,
  PROP.reportText,
];

/** Strings from the file are a stranger's: one line, no control characters, bounded. */
const MAX_VALUE_CHARS = DEFAULT_LIMITS.maxDiagnosticChars;
const MAX_ADDRESS_CHARS = 320;

function props(raw: readonly RawProp[] | undefined): Map<number, unknown> {
  const out = new Map<number, unknown>();
  for (const p of raw ?? []) {
    const tag = p.propertyTag;
    if (tag === undefined || tag.length !== 8) continue;
    const id = Number.parseInt(tag.slice(0, 4), 16);
    // The first value wins: a string stored both as PT_UNICODE and PT_STRING8 is the same text.
    if (Number.isFinite(id) && !out.has(id)) out.set(id, p.value);
  }
  return out;
}

function oneLine(value: unknown, max = MAX_VALUE_CHARS): string | null {
  if (typeof value !== 'string') return null;
  // Control characters (line breaks above all) are exactly what is removed: a field must stay one line.
  // eslint-disable-next-line no-control-regex
  const controls = /[\u0000-\u001f\u007f\u2028\u2029]+/g;
  const s = value
    .slice(0, max * 2)
    .replace(controls, ' ')
    .trim()
    .slice(0, max);
  return s === '' ? null : s;
}

/** An SMTP address, or null: EX addresses (`/O=…/CN=…`) and display names are not addresses. */
function smtpAddress(value: unknown): string | null {
  const s = oneLine(value, MAX_ADDRESS_CHARS);
  if (s === null) return null;
  const bare = s.replace(/^smtp:/i, '');
  return /^[^\s@<>()/,;:"]+@[^\s@<>()/,;:"]+$/.test(bare) ? bare : null;
}

/** The RFC 3464 Action a report message class stands for ([MS-OXCMAIL] 2.2.3.7.1.1), or null. */
export function reportAction(messageClass: string | undefined): 'failed' | 'delayed' | 'relayed' | 'expanded' | 'delivered' | null {
  const c = (messageClass ?? '').trim().toLowerCase();
  if (!c.startsWith('report.')) return null;
  if (c.endsWith('.ndr')) return 'failed';
  // Outlook also names delay reports `REPORT.IPM.Note.Delayed` (without `.DR`).
  if (c.endsWith('.delayed.dr') || c.endsWith('.delayed')) return 'delayed';
  if (c.endsWith('.relayed.dr')) return 'relayed';
  if (c.endsWith('.expanded.dr')) return 'expanded';
  if (c.endsWith('.dr')) return 'delivered';
  // Read and not-read receipts (`.IPNRN`, `.IPNNRN`) are no delivery status: left to the text.
  return null;
}

/**
 * Status from PidTagNonDeliveryReportStatusCode ([MS-OXCMAIL] 2.2.3.7.1.3): only a value whose
 * class digit is 2, 4 or 5 (RFC 3463) is a status; anything else is dropped, not guessed at.
 */
export function statusFromCode(value: unknown): string | null {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 200 || value > 599) return null;
  const kind = Math.floor(value / 100);
  if (kind !== 2 && kind !== 4 && kind !== 5) return null;
  return `${kind}.${Math.floor(value / 10) % 10}.${value % 10}`;
}

/**
 * The `message/delivery-status` body for a report `.msg`, or null when the message is no delivery
 * report or its recipient table holds no report data (then the file is rebuilt as before).
 */
export function deliveryStatusOf(
  messageClass: string | undefined,
  messageProps: readonly RawProp[] | undefined,
  recipients: readonly { readonly rawProps?: readonly RawProp[] }[] | undefined,
): string | null {
  const action = reportAction(messageClass);
  if (action === null) return null;
  const blocks: string[] = [];
  for (const recipient of (recipients ?? []).slice(0, DEFAULT_LIMITS.maxRecipients)) {
    const p = props(recipient.rawProps);
    if (!REPORT_PROPS.some((id) => p.has(id))) continue;
    const lines: string[] = [];
    const address = smtpAddress(p.get(PROP.smtpAddress)) ?? smtpAddress(p.get(PROP.emailAddress)) ?? smtpAddress(p.get(PROP.displayName));
    if (address !== null) lines.push(`Final-Recipient: rfc822; ${address}`);
    else {
      // No SMTP address (an Exchange-internal recipient): the name still tells the reader who.
      const name = oneLine(p.get(PROP.displayName), MAX_ADDRESS_CHARS);
      if (name !== null) lines.push(`X-Display-Name: ${name}`);
    }
    lines.push(`Action: ${action}`);
    const status = statusFromCode(p.get(PROP.nonDeliveryReportStatusCode));
    if (status !== null) lines.push(`Status: ${status}`);
    const remote = oneLine(p.get(PROP.remoteMessageTransferAgent), MAX_ADDRESS_CHARS);
    if (remote !== null) lines.push(`Remote-MTA: ${remote.includes(';') ? remote : `dns; ${remote}`}`);
    // The server's diagnostic ("Remote Server returned '550 5.1.1 …'"); the report text when it is all there is.
    const diagnostic = oneLine(p.get(PROP.supplementaryInfo)) ?? oneLine(p.get(PROP.reportText));
    if (diagnostic !== null) lines.push(`Diagnostic-Code: smtp; ${diagnostic}`);
    blocks.push(lines.join('\n'));
  }
  if (blocks.length === 0) return null;
  const reporting = oneLine(props(messageProps).get(PROP.reportingMessageTransferAgent), MAX_ADDRESS_CHARS);
  const head = reporting !== null ? `Reporting-MTA: ${reporting.includes(';') ? reporting : `dns; ${reporting}`}\n` : '';
  return `${head}\n${blocks.join('\n\n')}\n`;
}
