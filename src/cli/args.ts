/**
 * The command line of `ndr-explain`, parsed by `node:util` `parseArgs` in strict mode: an unknown
 * option is a usage error (exit 2), never taken for a file name; `--` ends the options.
 */
import { availableParallelism, cpus } from 'node:os';
import { parseArgs } from 'node:util';
// A leaf module (no imports): the main thread gets the language without loading the engine.
import { resolveLocaleOrPseudo } from '../engine/locale';
import type { Locale, PseudoLocale } from '../engine/locale';

export const USAGE = `usage: ndr-explain [options] [--] INPUT...

INPUT is a file (.eml, .msg, .txt, pasted text), a directory (walked recursively for
.eml, .msg, .txt and .mbox files), an mbox file (each message reported as FILE#n),
or '-' for standard input.

options:
  --json          one JSON object per input, one per line, in input order
  --report        add the IT report (subject, text, html) to each result
  --me ADDRESS    your own address: judges forged senders (backscatter)
  --lang TAG      language of the explanations (default: LC_ALL, LC_MESSAGES, LANG)
  --jobs N        files analysed in parallel (default: the number of CPU cores)
  -h, --help      this help
  -V, --version   the version

exit status: 0 every input was read, 1 some could not be, 2 usage error`;

/** More threads than this only cost memory: each holds its own engine. */
export const MAX_JOBS = 64;

export interface Args {
  readonly json: boolean;
  readonly report: boolean;
  readonly userAddress: string | null;
  readonly lang: string | null;
  readonly jobs: number;
  readonly inputs: readonly string[];
  readonly help: boolean;
  readonly version: boolean;
}

/** The machine's cores, as Node reports them (`availableParallelism` honours CPU affinity). */
export function defaultJobs(): number {
  const n = typeof availableParallelism === 'function' ? availableParallelism() : cpus().length;
  return Math.min(MAX_JOBS, Math.max(1, n));
}

/** Parses argv; a string is the usage error to print. */
export function parseCliArgs(argv: readonly string[], jobsDefault: number = defaultJobs()): Args | string {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      options: {
        json: { type: 'boolean' },
        report: { type: 'boolean' },
        me: { type: 'string' },
        lang: { type: 'string' },
        jobs: { type: 'string', short: 'j' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'V' },
      },
      allowPositionals: true,
      strict: true,
    });
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
  const { values, positionals } = parsed;
  let jobs = jobsDefault;
  if (values.jobs !== undefined) {
    // Digits only: "2x", "1e3", "" and "-1" are usage errors, not a silent default.
    if (!/^\d{1,6}$/.test(values.jobs) || Number(values.jobs) < 1 || Number(values.jobs) > MAX_JOBS) {
      return `--jobs takes a whole number from 1 to ${MAX_JOBS}, not "${values.jobs}"`;
    }
    jobs = Number(values.jobs);
  }
  return {
    json: values.json === true,
    report: values.report === true,
    userAddress: values.me ?? null,
    lang: values.lang ?? null,
    jobs,
    inputs: positionals,
    help: values.help === true,
    version: values.version === true,
  };
}

/** The reader's language: `--lang`, else the environment's (LC_ALL, LC_MESSAGES, LANG). */
export function cliLocale(flag: string | null, env: NodeJS.ProcessEnv = process.env): Locale | PseudoLocale {
  if (flag !== null && flag !== '') return resolveLocaleOrPseudo(flag);
  const raw = env.LC_ALL ?? env.LC_MESSAGES ?? env.LANG ?? '';
  // "de_CH.UTF-8" -> "de-CH"; "C" and "POSIX" name no language. Resolved like the pane's language
  // (`resolveLocale`: de-AT → de, pt-PT → pt-BR, zh-SG → zh-CN, anything else → en).
  const tag = raw.split('.')[0]?.replace('_', '-') ?? '';
  return tag === '' || tag === 'C' || tag === 'POSIX' ? 'en' : resolveLocaleOrPseudo(tag);
}
