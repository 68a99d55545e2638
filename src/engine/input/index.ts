/**
 * Input: bytes in, one `Mail` out, whatever the route (an RFC 5322 message, an Outlook `.msg`,
 * text pasted from a reading pane). Sniffing (`sniff.ts`) decides the route; MIME is postal-mime's
 * job (`../mail.ts`) and `.msg` is msgreader's (`../msg.ts`). Readers of further forms (HTML,
 * Outlook forwards) plug in here and return the same `Mail`.
 */
import type { Limits } from '../limits';
import { parseEml, rawMail, textMail } from '../mail';
import type { Mail } from '../mail';
import type { EngineError } from '../types';
import { loadHtmlReader, looksLikeHtml } from './html';
import { crToLf, sniff } from './sniff';

export { unquote } from './quote';
export { crToLf, isBlank, isOleFile, looksLikeMessage, sniff } from './sniff';
export type { InputKind } from './sniff';

/** An input the engine refuses, with the reason as data. */
export class InputError extends Error {
  override readonly name = 'InputError';
  constructor(readonly error: EngineError) {
    super(error.code);
  }
}

const utf8 = new TextDecoder('utf-8');
const MB = 1048576;

/**
 * Reads any supported input. A `.msg` goes through msgreader and is rebuilt as a message; text
 * without a header block is treated as pasted text; a message postal-mime refuses (too deep, too
 * many headers) is read as its header block and text. Throws an `InputError` for the size cap and a damaged `.msg`.
 */
export async function readInput(input: Uint8Array, limits: Limits): Promise<Mail> {
  if (input.byteLength > limits.maxInputBytes) {
    throw new InputError({ code: 'too-large', values: { size: Math.round(input.byteLength / MB), limit: limits.maxInputBytes / MB } });
  }
  const bytes = sniff(input) === 'msg' ? input : crToLf(input);
  switch (sniff(bytes)) {
    case 'msg': {
      // The .msg reader (its guard, msgreader, the HTML reader) is a lazy chunk in the browser: few bounces come as .msg.
      const { readMsg } = await import(/* webpackChunkName: "reader-msg" */ '../msg');
      const rebuilt = await readMsg(bytes);
      // The compound-file guard found loops or impossible sizes: msgreader was never let near it.
      if (rebuilt.problem !== undefined) throw new InputError({ code: 'msg-damaged', values: { problem: rebuilt.problem } });
      if (rebuilt.eml === null) return textMail(rebuilt.text, 'msg');
      try {
        return await parseEml(new TextEncoder().encode(rebuilt.eml), limits, 'msg');
      } catch {
        return textMail(rebuilt.text, 'msg');
      }
    }
    case 'text': {
      const text = utf8.decode(bytes);
      if (looksLikeHtml(text)) await loadHtmlReader();
      return textMail(text);
    }
    case 'eml':
      try {
        return await parseEml(bytes, limits);
      } catch {
        // A rare route: its body may be HTML anywhere, so the HTML reader is loaded regardless.
        await loadHtmlReader();
        return rawMail(utf8.decode(bytes.subarray(0, limits.maxOriginalChars * 8)));
      }
  }
}
