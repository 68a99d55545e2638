/**
 * SMTP session transcripts that Sendmail-style servers print (`>>> RCPT To:<a@b>` then
 * `<<< 550 5.1.1 … User unknown`): which command failed, with which reply, for which recipient.
 */
import { normaliseCommand } from '../codes';
import { findAddresses, fold } from '../text';

export interface TranscriptHit {
  readonly address: string | null;
  readonly command: string | null;
  readonly reply: string;
}

export function readTranscript(all: readonly string[]): TranscriptHit[] {
  const out: TranscriptHit[] = [];
  let command: string | null = null;
  let commandAddress: string | null = null;
  let reply: string[] = [];
  const flush = (): void => {
    if (reply.length === 0) return;
    const text = fold(reply.join(' '));
    const addr = commandAddress ?? findAddresses(text)[0] ?? null;
    out.push({ address: addr, command, reply: text });
    reply = [];
  };
  for (const line of all) {
    const t = line.trim();
    if (t.startsWith('>>>')) {
      flush();
      const body = t.slice(3).trim();
      command = normaliseCommand(body) ?? command;
      commandAddress = command === 'RCPT' ? (findAddresses(body)[0] ?? null) : null;
      continue;
    }
    if (t.startsWith('<<<')) {
      reply.push(t.slice(3).trim());
      continue;
    }
    if (reply.length > 0) flush();
  }
  flush();
  return out;
}
