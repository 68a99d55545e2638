/**
 * Splits the shared Sisimai corpus into a fitting part (about 70 %) and a checking part (about
 * 30 %), so rules can be changed while looking only at the fitting part's misses and the checking
 * part shows whether they generalise. The split is by a hash of the file name, taken within each
 * family (the labels' `family`, else the name without its number) so that both parts hold every
 * family with two or more files. Nothing here depends on a file's content: adding a file moves no
 * other file from one part to the other, except inside its own family.
 */

/** FNV-1a, 32 bits: stable across platforms and Node versions, no crypto dependency. */
export function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

export type Part = 'fitting' | 'checking';

/** The share of each family that goes to the fitting part. */
export const FITTING_SHARE = 0.7;

export function familyOf(file: string, labelled?: string): string {
  return labelled ?? file.replace(/\.[^.]+$/, '').replace(/[-_]\d+$/, '');
}

/**
 * Assigns every file to a part: within a family, files ordered by hash, the first
 * round(70 % of the family) fit and the rest check (a family of one file fits).
 */
export function splitCorpus(files: readonly string[], families: ReadonlyMap<string, string> = new Map()): Map<string, Part> {
  const byFamily = new Map<string, string[]>();
  for (const f of files) {
    const fam = familyOf(f, families.get(f));
    const list = byFamily.get(fam) ?? [];
    list.push(f);
    byFamily.set(fam, list);
  }
  const out = new Map<string, Part>();
  for (const list of byFamily.values()) {
    const ordered = [...list].sort((a, b) => fnv1a(a) - fnv1a(b) || (a < b ? -1 : 1));
    const fit = Math.max(1, Math.round(ordered.length * FITTING_SHARE));
    ordered.forEach((f, i) => out.set(f, i < fit ? 'fitting' : 'checking'));
  }
  return out;
}
