/** Reads the shared Sisimai corpus and its labels, and scores results the way the shared scorer does. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { run } from '../../src/engine';
import type { AnalysisResult, Explained } from '../../src/engine';

export const CORPUS = path.resolve(__dirname, '../../../shared/corpus/sisimai');
export const OUTLOOK_CORPUS = path.resolve(__dirname, '../../../shared/corpus/outlook');

export interface ExpectedRecord {
  address: string | null;
  status: string | null;
  replyCode: string | null;
  reason: string | null;
  statusInText?: boolean;
  source?: string;
  owner?: string;
  alt?: { address?: string[]; status?: string[]; reason?: string[]; owner?: string[] };
}

export interface Labels {
  files: Map<string, ExpectedRecord[]>;
  kinds: Map<string, string>;
  /** The labels' family of each file (`lhost-postfix`, `rfc3464` …), for the fitting/checking split. */
  families: Map<string, string>;
  paths: Map<string, string>;
}

export function loadLabels(corpus: string = CORPUS): Labels {
  const raw = JSON.parse(readFileSync(path.join(corpus, 'expected.json'), 'utf8')) as Record<string, unknown>;
  const meta = (raw._files ?? {}) as Record<string, { kind: string; family?: string }>;
  const files = new Map<string, ExpectedRecord[]>();
  const kinds = new Map<string, string>();
  const families = new Map<string, string>();
  for (const [k, v] of Object.entries(raw)) {
    if (k.startsWith('_')) continue;
    files.set(k, v as ExpectedRecord[]);
    kinds.set(k, meta[k]?.kind ?? ((v as unknown[]).length === 0 ? 'not-bounce' : 'bounce'));
    const family = meta[k]?.family;
    if (family !== undefined) families.set(k, family);
  }
  const paths = new Map<string, string>();
  for (const dir of ['bounces', 'not-bounces']) {
    if (!existsSync(path.join(corpus, dir))) continue;
    for (const f of readdirSync(path.join(corpus, dir))) paths.set(f, path.join(corpus, dir, f));
  }
  // A flat corpus (the Outlook-form set): the labelled files sit beside expected.json.
  for (const f of files.keys()) if (!paths.has(f) && existsSync(path.join(corpus, f))) paths.set(f, path.join(corpus, f));
  return { files, kinds, families, paths };
}

const norm = (a: string): string => a.trim().replace(/^<|>$/g, '').toLowerCase();

export interface Score {
  files: number;
  recipients: number;
  status: number;
  reason: number;
  detection: number;
  kind: number;
  /** Share of matched recipients whose explanation names the labelled owner (alt owners accepted). */
  owner: number;
  /** How many recipients had their owner scored (0 when no explanations were given). */
  ownerScored: number;
  misses: string[];
}

/** Same definitions as ../shared/tools/score-bounces.mjs (exact recipient set; status where verifiable). */
export function score(labels: Labels, results: Map<string, AnalysisResult>, explained?: Map<string, Explained>): Score {
  let owN = 0;
  let owOk = 0;
  let files = 0;
  let recOk = 0;
  let detOk = 0;
  let kindOk = 0;
  let stN = 0;
  let stOk = 0;
  let rsN = 0;
  let rsOk = 0;
  const misses: string[] = [];
  for (const [file, expected] of labels.files) {
    const got = results.get(file);
    if (got === undefined) continue;
    files++;
    if (expected.length > 0 === (got.kind !== 'not-bounce')) detOk++;
    if (labels.kinds.get(file) === got.kind) kindOk++;
    const gotSet = new Map(got.recipients.filter((r) => r.address !== null).map((r) => [norm(r.address ?? ''), r]));
    let allFound = true;
    const matched = new Set<string>();
    for (const e of expected) {
      if (e.address === null) continue;
      const names = [e.address, ...(e.alt?.address ?? [])].map(norm);
      const hit = names.find((n) => gotSet.has(n));
      if (hit === undefined) {
        allFound = false;
        continue;
      }
      matched.add(hit);
      const r = gotSet.get(hit);
      if (r === undefined) continue;
      const verifiable = e.status !== null && (e.statusInText === true || e.source === 'hand-checked' || e.source === 'labelled');
      if (verifiable) {
        stN++;
        if ([e.status, ...(e.alt?.status ?? [])].includes(r.status)) stOk++;
        else misses.push(`${file} status ${e.status} got ${r.status ?? 'null'}`);
      }
      const x = explained?.get(file)?.perRecipient[got.recipients.indexOf(r)];
      if (e.owner !== undefined && x !== undefined) {
        owN++;
        if ([e.owner, ...(e.alt?.owner ?? [])].includes(x.owner)) owOk++;
        else misses.push(`${file} owner ${e.owner} got ${x.owner}`);
      }
      if (e.reason !== null) {
        rsN++;
        if ([e.reason, ...(e.alt?.reason ?? [])].includes(r.reason)) rsOk++;
        else misses.push(`${file} reason ${e.reason} got ${r.reason}`);
      }
    }
    const nullOk = expected.some((e) => e.address === null) ? 1 : 0;
    if (allFound && gotSet.size - matched.size <= nullOk) recOk++;
    else misses.push(`${file} recipients`);
  }
  const pct = (a: number, b: number): number => (b === 0 ? 100 : (100 * a) / b);
  return {
    files,
    recipients: pct(recOk, files),
    status: pct(stOk, stN),
    reason: pct(rsOk, rsN),
    detection: pct(detOk, files),
    kind: pct(kindOk, files),
    owner: pct(owOk, owN),
    ownerScored: owN,
    misses,
  };
}

/**
 * Runs the engine (English explanations) on every labelled file of a set and scores it, owners
 * included where the set labels them: what the Outlook-form and hand-written set tests share.
 */
export async function runAndScore(corpus: string): Promise<Score> {
  const labels = loadLabels(corpus);
  const results = new Map<string, AnalysisResult>();
  const explained = new Map<string, Explained>();
  for (const [file, p] of labels.paths) {
    const out = await run(readFileSync(p), { locale: 'en' });
    results.set(file, out.result);
    explained.set(file, out.explained);
  }
  return score(labels, results, explained);
}
