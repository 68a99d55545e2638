/**
 * The pane reads its words from two catalogues: the engine's (shared with the report and the
 * CLI) and its own (`messages/`). This is the one accessor; both have one object per locale.
 */
import { format, messages } from '../engine';
import type { Catalogue } from '../engine';
import type { UiKey } from '../engine/explain/messages/en';
import { paneMessages } from './messages';
import type { PaneKey, PaneMessages } from './messages';

export type { UiKey, PaneKey };

export type MessageKey = UiKey | PaneKey;

export interface Translator {
  (key: MessageKey, values?: Readonly<Record<string, string | number>>): string;
  readonly catalogue: Catalogue;
  readonly pane: PaneMessages;
}

function isPaneKey(key: MessageKey, pane: PaneMessages): key is PaneKey {
  return Object.prototype.hasOwnProperty.call(pane, key);
}

export function translator(locale: string): Translator {
  const catalogue = messages(locale);
  const pane = paneMessages(locale);
  const t = ((key: MessageKey, values: Readonly<Record<string, string | number>> = {}) =>
    format(isPaneKey(key, pane) ? pane[key] : catalogue.ui[key], values, catalogue.locale)) as Translator;
  Object.defineProperty(t, 'catalogue', { value: catalogue });
  Object.defineProperty(t, 'pane', { value: pane });
  return t;
}
