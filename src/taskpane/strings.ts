/**
 * The pane reads its words from two catalogues: the engine's (shared with the report and the
 * CLI) and its own (`messages/`). This is the one accessor; both have one object per locale, and
 * the language is resolved once, by the engine's `resolveLocale`, from Outlook's display language.
 *
 * The pane needs only the UI part of the engine's catalogue (the explanations come worded from the
 * engine worker): English's UI part is bundled (`en-ui.ts`), any other language is the same lazy
 * chunk the worker loads.
 */
import { EN_UI, directionOf, format, isPlain, loadCatalogue, resolveLocaleOrPseudo } from '../engine';
import type { Locale, Message, PseudoLocale, UiCatalogue, UiKey } from '../engine';
import { loadPaneMessages, paneMessages } from './messages';
import type { PaneKey, PaneMessages } from './messages';

export type { UiKey, PaneKey };

export type MessageKey = UiKey | PaneKey;

export interface Translator {
  (key: MessageKey, values?: Readonly<Record<string, string | number>>): string;
  readonly catalogue: UiCatalogue;
  readonly pane: PaneMessages;
  /** The resolved language (the `lang` of the pane's root). */
  readonly locale: Locale | PseudoLocale;
  readonly dir: 'ltr' | 'rtl';
}

const LOADED = new Map<Locale | PseudoLocale, UiCatalogue>([['en', EN_UI]]);

function isPaneKey(key: MessageKey, pane: PaneMessages): key is PaneKey {
  return Object.prototype.hasOwnProperty.call(pane, key);
}

/** A translator for a language already loaded (English always is; see `loadTranslator`); throws otherwise. */
export function translator(tag: string): Translator {
  const locale = resolveLocaleOrPseudo(tag);
  const catalogue = LOADED.get(locale);
  if (catalogue === undefined) throw new Error(`The ${locale} catalogue is not loaded: await loadTranslator('${locale}') first.`);
  const pane = paneMessages(locale);
  const t = ((key: MessageKey, values: Readonly<Record<string, string | number>> = {}) =>
    format(isPaneKey(key, pane) ? pane[key] : catalogue.ui[key], values, catalogue.locale)) as Translator;
  Object.defineProperty(t, 'catalogue', { value: catalogue });
  Object.defineProperty(t, 'pane', { value: pane });
  Object.defineProperty(t, 'locale', { value: locale });
  Object.defineProperty(t, 'dir', { value: directionOf(locale) });
  return t;
}

const DATE_TIMES = new Map<string, Intl.DateTimeFormat>();

/**
 * A date and time in the reader's words ("2 Mar 2026, 10:00"); one formatter per locale, made once:
 * making an `Intl.DateTimeFormat` loads locale data and costs milliseconds on the pane's thread.
 */
export function dateTimeFormat(locale: string): Intl.DateTimeFormat {
  let f = DATE_TIMES.get(locale);
  if (f === undefined) {
    f = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
    DATE_TIMES.set(locale, f);
  }
  return f;
}

/**
 * Compiles the language's ICU messages (the pane's words and the UI's) and makes its date
 * formatter ahead of use, at pane start while Outlook is read: the first verdict then only
 * formats. `format` keeps each compiled message; formatting without values fails after
 * compiling, which is all this asks of it.
 */
export function precompile(t: Translator): void {
  const locale = t.catalogue.locale;
  for (const message of [...Object.values<Message>(t.pane), ...Object.values<Message>(t.catalogue.ui)]) {
    if (isPlain(message)) continue;
    try {
      format(message, {}, locale);
    } catch {
      // compiled and kept; the missing values are expected
    }
  }
  try {
    dateTimeFormat(locale);
  } catch {
    // an unsupported locale is the render's problem to fall back from
  }
}

/** Loads the language's chunk (the engine's catalogue and the pane's words), then translates. */
export async function loadTranslator(tag: string): Promise<Translator> {
  const locale = resolveLocaleOrPseudo(tag);
  if (!LOADED.has(locale) && locale !== 'en') {
    const [catalogue] = await Promise.all([loadCatalogue(locale), loadPaneMessages(locale)]);
    LOADED.set(locale, catalogue);
  }
  return translator(locale);
}
