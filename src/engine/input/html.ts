/**
 * HTML to text for bounces that reach the engine as HTML: a Forward's body from
 * `body.getAsync('html')`, Outlook on the web's HTML-only messages, HTML-only MIME parts. The
 * markup is parsed by `html-to-text` (htmlparser2 underneath), never rendered: no image, link or
 * style is fetched or followed. The layout is shaped like Outlook's own HTML-to-text conversion
 * of a Forward, so one set of readers serves both forms:
 * - every table cell on its own line (Exchange's NDRs are tables; cells must not run together);
 * - links as their text only (URLs are noise here and never shown);
 * - `<hr>` as a dashed line, which ends a section for the readers.
 */
import type { HtmlToTextOptions } from 'html-to-text';

type Convert = (html: string) => string;
/**
 * The converter, compiled once from `OPTIONS`: html-to-text's `convert(html, options)` compiles
 * its selectors into a decision tree on every call, which cost more than converting a bounce.
 */
let convert: Convert | null = null;

/**
 * Loads the HTML reader. Most bounces carry a text part, so in the browser html-to-text is a lazy
 * chunk the engine worker fetches only for HTML input; `readInput` awaits this before any route
 * that may meet HTML, and `htmlToText` needs it done.
 */
export async function loadHtmlReader(): Promise<void> {
  convert ??= (await import(/* webpackChunkName: "reader-html" */ 'html-to-text')).compile(OPTIONS);
}

/** HTML larger than this is cut before parsing: no NDR comes near it, and parsing time stays bounded. */
export const MAX_HTML_CHARS = 2 * 1024 * 1024;

const OPTIONS: HtmlToTextOptions = {
  wordwrap: false,
  preserveNewlines: false,
  decodeEntities: true,
  limits: { maxInputLength: MAX_HTML_CHARS, maxDepth: 64, maxChildNodes: 10_000, ellipsis: '…' },
  selectors: [
    { selector: 'a', options: { ignoreHref: true } },
    { selector: 'img', format: 'skip' },
    { selector: 'script', format: 'skip' },
    { selector: 'style', format: 'skip' },
    { selector: 'head', format: 'skip' },
    { selector: 'table', format: 'block' },
    { selector: 'tr', format: 'block' },
    { selector: 'td', format: 'block', options: { leadingLineBreaks: 1, trailingLineBreaks: 1 } },
    { selector: 'th', format: 'block', options: { leadingLineBreaks: 1, trailingLineBreaks: 1 } },
    { selector: 'p', options: { leadingLineBreaks: 1, trailingLineBreaks: 1 } },
    { selector: 'h1', options: { uppercase: false } },
    { selector: 'h2', options: { uppercase: false } },
    { selector: 'h3', options: { uppercase: false } },
    { selector: 'h4', options: { uppercase: false } },
    { selector: 'hr', options: { length: 32 } },
  ],
};

/** The visible text of an HTML document or fragment, table cells on their own lines (after `loadHtmlReader`). */
export function htmlToText(html: string): string {
  if (convert === null) throw new Error('The HTML reader is not loaded: await loadHtmlReader() first.');
  const input = html.length > MAX_HTML_CHARS ? html.slice(0, MAX_HTML_CHARS) : html;
  try {
    return convert(input)
      .split('\n')
      .map((l) => l.trimEnd())
      .join('\n');
  } catch {
    // The parser does not throw on bad markup; this only guards against the unexpected.
    return '';
  }
}

/** Tags that only HTML text starts with (a pasted bounce may start with `<address>`, which is not HTML). */
const HTML_START =
  /^\s*(?:<!--[^>]{0,200}-->\s*)?<(?:!doctype\b|html\b|head\b|body\b|meta\b|div\b|table\b|p\b|span\b|font\b|style\b|br\b|hr\b|b\b)/i;
const TAG = /<\/?(?:div|p|br|table|tr|td|span|font|b|hr)\b/gi;

/**
 * True when a text is HTML: it starts with an HTML tag, or common block tags are frequent in
 * its first kilobytes (a fragment with a leading text node).
 */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 8192);
  if (HTML_START.test(head)) return true;
  let tags = 0;
  for (const _ of head.matchAll(TAG)) if (++tags >= 8) return true;
  return false;
}
