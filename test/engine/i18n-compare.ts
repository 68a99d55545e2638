/**
 * Walks an English catalogue and a translation side by side (shared by the per-locale i18n tests):
 * every key path must exist in both, lists must have the same length, and each message pair must
 * use the same ICU arguments. Returns the translated messages by path so callers can check more.
 */
export interface Comparison {
  /** Every translated message string, by its key path. */
  readonly pairs: readonly (readonly [string, string])[];
  /** Human-readable mismatches; empty when the translation mirrors English. */
  readonly problems: readonly string[];
}

// Keys whose value is a locale tag, not a message.
const NOT_MESSAGES = new Set(['locale']);

export function compareCatalogues(english: unknown, localised: unknown, args: (message: string) => readonly string[]): Comparison {
  const pairs: [string, string][] = [];
  const problems: string[] = [];
  const walk = (en: unknown, l10n: unknown, path: string): void => {
    if (typeof en === 'string') {
      if (typeof l10n !== 'string') {
        problems.push(`${path}: missing or not a string`);
        return;
      }
      if (NOT_MESSAGES.has(path)) return;
      pairs.push([path, l10n]);
      let a: readonly string[];
      let b: readonly string[];
      try {
        a = args(en);
        b = args(l10n);
      } catch (e) {
        problems.push(`${path}: does not parse (${String(e)})`);
        return;
      }
      if (a.join(',') !== b.join(',')) problems.push(`${path}: arguments ${b.join(',')} instead of ${a.join(',')}`);
      return;
    }
    if (Array.isArray(en)) {
      if (!Array.isArray(l10n)) {
        problems.push(`${path}: not a list`);
        return;
      }
      if (en.length !== l10n.length) problems.push(`${path}: ${l10n.length} items instead of ${en.length}`);
      en.forEach((item, i) => walk(item, l10n[i], `${path}[${i}]`));
      return;
    }
    if (en !== null && typeof en === 'object') {
      if (l10n === null || typeof l10n !== 'object' || Array.isArray(l10n)) {
        problems.push(`${path}: not an object`);
        return;
      }
      const enKeys = Object.keys(en).sort();
      const l10nKeys = Object.keys(l10n).sort();
      for (const k of l10nKeys) if (!enKeys.includes(k)) problems.push(`${path}.${k}: not in English`);
      for (const k of enKeys)
        walk((en as Record<string, unknown>)[k], (l10n as Record<string, unknown>)[k], path === '' ? k : `${path}.${k}`);
      return;
    }
    problems.push(`${path}: unexpected value`);
  };
  walk(english, localised, '');
  return { pairs, problems };
}
