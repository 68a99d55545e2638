/** The pane reads its words from the engine's message catalogue; this is the one accessor. */
import { format, messages } from '../engine';
import type { Catalogue } from '../engine';
import type { UiKey } from '../engine/explain/messages/en';

export type { UiKey };

export interface Translator {
  (key: UiKey, values?: Readonly<Record<string, string | number>>): string;
  readonly catalogue: Catalogue;
}

export function translator(locale: string): Translator {
  const catalogue = messages(locale);
  const t = ((key: UiKey, values: Readonly<Record<string, string | number>> = {}) =>
    format(catalogue.ui[key], values, catalogue.locale)) as Translator;
  Object.defineProperty(t, 'catalogue', { value: catalogue });
  return t;
}
