/**
 * Per-sample result pins for both shared corpora, beside the threshold gates in corpus.test.ts:
 * the gates say "good enough", the pins say "exactly what changed". Any difference in any file's
 * kind, or in a recipient's address, status, reason or owner, fails here and names the file.
 * After a deliberate change, rewrite them with `npm run pins:update` and review the diff.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { run } from '../../src/engine';

const SHARED = path.resolve(__dirname, '../../../shared/corpus');
const PINS = path.join(__dirname, 'pins');
const UPDATE = process.env.PINS_UPDATE === '1';

interface RecipientPin {
  readonly address: string | null;
  readonly status: string | null;
  readonly reason: string;
  readonly owner: string | null;
}

interface FilePin {
  readonly kind: string;
  readonly recipients: readonly RecipientPin[];
}

/** The corpus files, by path relative to the corpus root, in a stable order. */
function corpusFiles(corpus: string): string[] {
  const root = path.join(SHARED, corpus);
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) walk(full);
      else if (!/^(?:README\.md|LICENSE|expected\.json)$/.test(e.name)) out.push(path.relative(root, full));
    }
  };
  walk(root);
  return out.sort();
}

async function pinsOf(corpus: string): Promise<Record<string, FilePin>> {
  const out: Record<string, FilePin> = {};
  for (const file of corpusFiles(corpus)) {
    const { result, explained } = await run(readFileSync(path.join(SHARED, corpus, file)), { locale: 'en' });
    out[file] = {
      kind: result.kind,
      recipients: result.recipients.map((r, i) => ({
        address: r.address,
        status: r.status,
        reason: r.reason,
        owner: explained.perRecipient[i]?.owner ?? null,
      })),
    };
  }
  return out;
}

describe.each(['sisimai', 'outlook'])('result pins: %s corpus', (corpus) => {
  const file = path.join(PINS, `${corpus}.json`);

  test('every file gives its pinned result', async () => {
    const got = await pinsOf(corpus);
    if (UPDATE) {
      writeFileSync(file, `${JSON.stringify(got, null, 1)}\n`);
      return;
    }
    expect(existsSync(file)).toBe(true);
    const pinned = JSON.parse(readFileSync(file, 'utf8')) as Record<string, FilePin>;
    const changed = Object.keys({ ...pinned, ...got }).filter((f) => JSON.stringify(pinned[f]) !== JSON.stringify(got[f]));
    // The list of changed files comes first, so a failure reads as a review list.
    expect(changed).toEqual([]);
    expect(got).toEqual(pinned);
  });
});
