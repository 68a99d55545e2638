/** The lexicon holds every localised word list, each word with its source and language. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { LANGUAGES, ROLES, words } from '../../src/engine/lexicon';
import type { Role } from '../../src/engine/lexicon';

const SRC = path.resolve(__dirname, '../../src');
/** Roles matched as written (a product name), not lower-cased text. */
const AS_WRITTEN: ReadonlySet<Role> = new Set<Role>(['groupsProductName']);

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return files(full);
    return /\.tsx?$/.test(e.name) ? [full] : [];
  });
}

describe('lexicon', () => {
  test('every term has a source, is lower case where matched on lower-cased text, and is not repeated', () => {
    const bad: string[] = [];
    for (const l of LANGUAGES) {
      for (const role of Object.keys(ROLES) as Role[]) {
        const terms = l[role] ?? [];
        const seen = new Set<string>();
        for (const t of terms) {
          if (t.source.trim().length < 8) bad.push(`${l.lang}.${role}: "${t.text}" has no source`);
          if (!AS_WRITTEN.has(role) && t.text !== t.text.toLowerCase()) bad.push(`${l.lang}.${role}: "${t.text}" is not lower case`);
          if (seen.has(t.text)) bad.push(`${l.lang}.${role}: "${t.text}" repeated`);
          seen.add(t.text);
        }
      }
    }
    expect(bad).toEqual([]);
  });

  test('each language file is tagged with its own language', () => {
    for (const file of readdirSync(path.join(SRC, 'engine/lexicon'))) {
      const lang = /^([a-z]{2})\.ts$/.exec(file)?.[1];
      if (lang === undefined) continue;
      expect(LANGUAGES.map((l) => l.lang)).toContain(lang);
    }
  });

  test('readers get the words of every language of a role', () => {
    expect(words('exchangeHeading')).toEqual(
      expect.arrayContaining(['delivery has failed to these recipients or groups', '次の受信者またはグループへの配信に失敗しました']),
    );
    expect(words('reportSubjectPrefix')).toEqual(expect.arrayContaining(['undeliverable', 'unzustellbar', 'non recapitabile']));
  });

  test('no localised word list outside the lexicon and the message catalogues', () => {
    // Letters beyond ASCII in a string literal are a localised word; only the lexicon and the
    // catalogues (and the reason phrase table, which keeps a reason's words with its guard) hold them.
    const allowed = [
      path.join(SRC, 'engine/lexicon'),
      path.join(SRC, 'engine/explain/messages'),
      // The pane's own catalogues, one file per locale (issue #13).
      path.join(SRC, 'taskpane/messages'),
      path.join(SRC, 'engine/reason/phrases.ts'),
      // The pseudo-locale's letter map is a test transliteration, not words of any language.
      path.join(SRC, 'engine/i18n/pseudo.ts'),
    ];
    const bad: string[] = [];
    for (const file of files(SRC)) {
      if (allowed.some((a) => file === a || file.startsWith(a + path.sep))) continue;
      const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, false);
      const visit = (node: ts.Node): void => {
        if (
          (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) &&
          [...node.text].some((ch) => (ch.codePointAt(0) ?? 0) > 127 && /\p{L}/u.test(ch))
        )
          bad.push(`${path.relative(SRC, file)}: '${node.text.slice(0, 40)}'`);
        ts.forEachChild(node, visit);
      };
      visit(source);
    }
    expect(bad).toEqual([]);
  });
});
