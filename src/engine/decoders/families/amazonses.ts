/**
 * Amazon SES: plain-text notices ("The following message to <rcpt> was undeliverable") and
 * SNS JSON notifications with bouncedRecipients / complainedRecipients / delivery.
 */
import { fold } from '../../text';
import { scanBlocks } from '../blocks';
import type { Context, Decoded, Decoder, RawRecipient } from '../types';

interface SesRecipient {
  emailAddress?: string;
  action?: string;
  status?: string;
  diagnosticCode?: string;
}
interface SesNotice {
  notificationType?: string;
  eventType?: string;
  bounce?: { bounceType?: string; bouncedRecipients?: SesRecipient[]; reportingMTA?: string };
  complaint?: { complainedRecipients?: SesRecipient[]; complaintFeedbackType?: string };
  delivery?: { recipients?: string[]; smtpResponse?: string; reportingMTA?: string };
}

function jsonNotice(ctx: Context): SesNotice | null {
  const body = ctx.mail.body;
  const start = body.indexOf('{');
  if (start < 0 || (!body.includes('notificationType') && !body.includes('eventType'))) return null;
  // The notice is one JSON object; SNS appends a footer after it.
  let depth = 0;
  let inString = false;
  for (let i = start; i < body.length; i++) {
    const ch = body[i];
    if (inString) {
      if (ch === '\\') i++;
      else if (ch === '"') inString = false;
      continue;
    }
    if (ch === '"') inString = true;
    else if (ch === '{') depth++;
    else if (ch === '}' && --depth === 0) {
      try {
        const raw = body
          .slice(start, i + 1)
          .replace(/!\n /g, '')
          .replace(/\n/g, '');
        const parsed = JSON.parse(raw) as SesNotice & { Message?: unknown };
        // SNS wraps the SES notice as a JSON string in "Message".
        if (typeof parsed.Message === 'string') return JSON.parse(parsed.Message) as SesNotice;
        return parsed;
      } catch {
        return null;
      }
    }
  }
  return null;
}

function fromJson(n: SesNotice): Decoded | null {
  const type = (n.notificationType ?? n.eventType ?? '').toLowerCase();
  if (type === 'bounce' && n.bounce?.bouncedRecipients !== undefined) {
    const recipients = n.bounce.bouncedRecipients.map((r) => {
      const out: RawRecipient = { address: r.emailAddress ?? null };
      if (r.action !== undefined) out.action = r.action;
      if (r.status !== undefined) out.status = r.status;
      if (r.diagnosticCode !== undefined) out.diagnostic = r.diagnosticCode.replace(/^smtp;\s*/i, '');
      if (n.bounce?.reportingMTA !== undefined) out.reportingMta = n.bounce.reportingMTA.replace(/^dsn;\s*/i, '');
      if (n.bounce?.bounceType === 'Permanent' && n.bounce.bouncedRecipients?.length === 1 && r.status === undefined)
        out.reason = 'suppressed';
      return out;
    });
    return { decoder: 'amazonses', recipients };
  }
  if (type === 'complaint' && n.complaint?.complainedRecipients !== undefined) {
    const recipients = n.complaint.complainedRecipients.map((r): RawRecipient => ({
      address: r.emailAddress ?? null,
      reason: 'feedback',
      action: 'failed',
    }));
    return { decoder: 'amazonses', kind: 'feedback-report', recipients };
  }
  if (type === 'delivery' && n.delivery?.recipients !== undefined) {
    const response = n.delivery.smtpResponse ?? '';
    const recipients = n.delivery.recipients.map((address): RawRecipient => ({
      address,
      action: 'delivered',
      diagnostic: response,
      reason: 'delivered',
    }));
    return { decoder: 'amazonses', kind: 'delivery-report', recipients };
  }
  return null;
}

export const amazonses: Decoder = {
  name: 'amazonses',
  detect: (ctx) =>
    ctx.from.includes('amazonses.com') ||
    ctx.from.includes('amazonaws.com') ||
    ctx.mail.headers.some((h) => h.key === 'x-amz-sns-message-id'),
  decode: (ctx) => {
    const notice = jsonNotice(ctx);
    if (notice !== null) return fromJson(notice);
    const found = scanBlocks(ctx.lines, {
      recipient: [/the following message to <([^>]{3,254})> was undeliverable(.*)$/i],
      lineStartAddress: false,
    });
    if (found.length > 0)
      return {
        decoder: 'amazonses',
        recipients: found.map((r) => ({ ...r, diagnostic: fold((r.diagnostic ?? '').replace(/^the reason for the problem:/i, '')) })),
      };
    return null;
  },
};
