/**
 * The inputs IT actually has, as one stream of messages in a stable order: files, directories
 * (walked recursively), mbox files (each message its own input, `FILE#n`) and standard input.
 * Everything is read lazily, one input at a time, so memory does not grow with the batch.
 * Files are read with synchronous calls: the main thread has nothing else to do meanwhile (the
 * engine runs in workers), and four thread-pool round trips per small file cost more than the
 * analysis of a third of it.
 *
 * Only regular files are read, their size is checked before reading, and nothing is ever cut:
 * an input over the cap gets its own error line instead (a cut message would be explained wrongly).
 */
import { closeSync, constants, fstatSync, openSync, readdirSync, readSync, statSync } from 'node:fs';
import type { Dirent } from 'node:fs';
import path from 'node:path';
import type { EngineError } from '../engine/types';
import { DEFAULT_LIMITS } from '../engine/limits';

const MB = 1024 * 1024;

/** One message to analyse, or the reason it could not be read (worded later, by the catalogue). */
export type Input =
  | { readonly name: string; readonly bytes: Uint8Array; readonly error?: undefined }
  | { readonly name: string; readonly error: EngineError; readonly bytes?: undefined };

export interface SourceOptions {
  /** The per-message cap (default: the engine's `maxInputBytes`). */
  readonly maxBytes?: number;
  readonly stdin?: AsyncIterable<Uint8Array | string>;
  /** Reading chunk of mbox files. */
  readonly chunkBytes?: number;
}

/** Extensions a directory walk picks up; other files in a folder (logs, indexes) are not bounces. */
export const DIRECTORY_EXTENSIONS: ReadonlySet<string> = new Set(['.eml', '.msg', '.txt', '.mbox']);
/** A single message by definition: never split, even when it starts with an mbox "From " line. */
const SINGLE_MESSAGE_EXTENSIONS: ReadonlySet<string> = new Set(['.eml', '.msg']);

const tooLarge = (size: number, limit: number): EngineError => ({
  code: 'too-large',
  values: { size: Math.round(size / MB), limit: limit / MB },
});

/** Byte-wise order (not the locale's): the same tree lists the same way on every machine. */
const byName = (a: Dirent, b: Dirent): number => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

/** Files under a directory, depth first in name order. Symbolic links to directories are not followed (no cycles). */
async function* walk(dir: string): AsyncGenerator<Input | string> {
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    yield { name: dir, error: { code: 'file-unreadable', values: { file: dir } } };
    return;
  }
  entries.sort(byName);
  for (const e of entries) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) {
      yield* walk(full);
      continue;
    }
    if (!DIRECTORY_EXTENSIONS.has(path.extname(e.name).toLowerCase())) continue;
    if (e.isSymbolicLink()) {
      // A link to a file counts; a link to a directory could loop and is skipped.
      let target = null;
      try {
        target = statSync(full);
      } catch {
        target = null;
      }
      if (target?.isDirectory() === true) continue;
    }
    yield full;
  }
}

/** Every message of every argument, in argument order. */
export async function* inputs(args: readonly string[], options: SourceOptions = {}): AsyncGenerator<Input> {
  const maxBytes = options.maxBytes ?? DEFAULT_LIMITS.maxInputBytes;
  for (const arg of args) {
    if (arg === '-') {
      yield* readStdin(options.stdin ?? (process.stdin as AsyncIterable<Uint8Array>), maxBytes);
      continue;
    }
    yield* readPath(arg, maxBytes, true, options.chunkBytes ?? MB);
  }
}

/**
 * One path: a directory is walked (when named on the command line), a regular file is read as
 * one message or split as an mbox. The file is opened without blocking (a FIFO would otherwise
 * wait forever) and checked through its descriptor, so a name swapped for a device between the
 * check and the read is still refused.
 */
async function* readPath(file: string, maxBytes: number, walkDirectories: boolean, chunkBytes: number): AsyncGenerator<Input> {
  let fd: number;
  try {
    fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (e) {
    const code = typeof e === 'object' && e !== null ? (e as { code?: unknown }).code : undefined;
    if (code === 'EISDIR' && walkDirectories) {
      yield* readDirectory(file, maxBytes, chunkBytes);
      return;
    }
    yield { name: file, error: { code: code === 'ENOENT' ? 'file-not-found' : 'file-unreadable', values: { file } } };
    return;
  }
  let directory = false;
  try {
    const st = fstatSync(fd);
    if (st.isDirectory()) {
      directory = true;
    } else if (!st.isFile()) {
      yield { name: file, error: { code: 'not-regular-file', values: { file } } };
    } else {
      yield* readRegular(fd, file, st.size, maxBytes, chunkBytes);
    }
  } catch {
    yield { name: file, error: { code: 'file-unreadable', values: { file } } };
  } finally {
    closeSync(fd);
  }
  if (directory) {
    if (walkDirectories) yield* readDirectory(file, maxBytes, chunkBytes);
    else yield { name: file, error: { code: 'is-directory', values: { file } } };
  }
}

async function* readDirectory(dir: string, maxBytes: number, chunkBytes: number): AsyncGenerator<Input> {
  for await (const found of walk(dir)) {
    if (typeof found !== 'string') yield found;
    else yield* readPath(found, maxBytes, false, chunkBytes);
  }
}

const FROM_ = [0x46, 0x72, 0x6f, 0x6d, 0x20]; // "From "

function startsWithFrom(bytes: Uint8Array): boolean {
  return bytes.length >= FROM_.length && FROM_.every((b, i) => bytes[i] === b);
}

async function* readRegular(fd: number, file: string, size: number, maxBytes: number, chunkBytes: number): AsyncGenerator<Input> {
  const splittable = !SINGLE_MESSAGE_EXTENSIONS.has(path.extname(file).toLowerCase());
  if (splittable && size > maxBytes) {
    // Too large for one message, but an mbox export may well be: it is split while streaming.
    const head = new Uint8Array(FROM_.length);
    readSync(fd, head, 0, head.length, 0);
    if (startsWithFrom(head)) {
      yield* splitStream(file, chunksOf(fd, chunkBytes), maxBytes);
      return;
    }
  }
  if (size > maxBytes) {
    yield { name: file, error: tooLarge(size, maxBytes) };
    return;
  }
  // One byte more than the size says: a file that grew meanwhile is refused, not cut.
  // Unpooled: the bytes are copied to a worker, and a pooled slice would copy its whole 8 KB pool.
  const buffer = Buffer.allocUnsafeSlow(Math.min(size + 1, maxBytes + 1));
  let filled = 0;
  while (filled < buffer.length) {
    const bytesRead = readSync(fd, buffer, filled, buffer.length - filled, filled);
    if (bytesRead === 0) break;
    filled += bytesRead;
  }
  if (filled > maxBytes) {
    yield { name: file, error: tooLarge(filled, maxBytes) };
    return;
  }
  const bytes = new Uint8Array(buffer.buffer, buffer.byteOffset, filled);
  if (splittable && startsWithFrom(bytes)) yield* splitStream(file, [bytes], maxBytes);
  else yield { name: file, bytes };
}

function* chunksOf(fd: number, chunkBytes: number): Generator<Uint8Array> {
  for (let position = 0; ;) {
    const buffer = Buffer.allocUnsafe(chunkBytes);
    const bytesRead = readSync(fd, buffer, 0, chunkBytes, position);
    if (bytesRead === 0) return;
    position += bytesRead;
    yield buffer.subarray(0, bytesRead);
  }
}

async function* readStdin(stream: AsyncIterable<Uint8Array | string>, maxBytes: number): AsyncGenerator<Input> {
  const name = '-';
  const iterator = stream[Symbol.asyncIterator]();
  const next = async (): Promise<Uint8Array | null> => {
    const n = await iterator.next();
    return n.done === true ? null : typeof n.value === 'string' ? Buffer.from(n.value) : n.value;
  };
  const chunks: Uint8Array[] = [];
  let size = 0;
  // Enough bytes to tell an mbox ("From ") from a single message.
  while (size < FROM_.length) {
    const chunk = await next();
    if (chunk === null) break;
    chunks.push(chunk);
    size += chunk.length;
  }
  if (startsWithFrom(Buffer.concat(chunks))) {
    // An mbox on standard input: split while streaming, like an mbox file.
    const rest = async function* (): AsyncGenerator<Uint8Array> {
      yield* chunks;
      for (let c = await next(); c !== null; c = await next()) yield c;
    };
    yield* splitStream(name, rest(), maxBytes);
    return;
  }
  for (let c = size > maxBytes ? null : await next(); c !== null; c = await next()) {
    chunks.push(c);
    size += c.length;
    if (size > maxBytes) break;
  }
  if (size > maxBytes) {
    // Refused, never silently cut: a cut message would be explained wrongly.
    await iterator.return?.();
    yield { name, error: { code: 'stdin-too-large', values: { limit: maxBytes / MB } } };
    return;
  }
  yield { name, bytes: new Uint8Array(Buffer.concat(chunks)) };
}

/**
 * Whether a line (its first bytes, read as Latin-1) is an mbox separator: `From SENDER DATE`,
 * where the date has a time of day. Requiring the time keeps an unescaped "From here on…" at the
 * start of a paragraph from splitting a message (mboxo writers do not escape it).
 */
export function isSeparatorLine(line: string): boolean {
  if (!line.startsWith('From ')) return false;
  const rest = line.slice(5);
  const space = rest.indexOf(' ');
  if (space <= 0) return false;
  const date = rest.slice(space + 1);
  const digit = (i: number): boolean => {
    const c = date.charCodeAt(i);
    return c >= 0x30 && c <= 0x39;
  };
  for (let i = date.indexOf(':'); i >= 0; i = date.indexOf(':', i + 1)) {
    if (i >= 2 && digit(i - 1) && digit(i - 2) && digit(i + 1) && digit(i + 2)) return true;
  }
  return false;
}

const LF = 0x0a;
const CR = 0x0d;
const GT = 0x3e;

/** Whether a line (without its end) is `>From `, `>>From ` …: mboxrd's escape, undone by one `>`. */
function isEscapedFrom(line: Uint8Array): boolean {
  let i = 0;
  while (i < line.length && line[i] === GT) i++;
  return i > 0 && FROM_.every((b, k) => line[i + k] === b);
}

function isBlank(line: Uint8Array): boolean {
  return line.length === 0 || (line.length === 1 && line[0] === LF) || (line.length === 2 && line[0] === CR && line[1] === LF);
}

/**
 * Splits an mbox stream into messages. A separator is a `From ` line at the start or after an
 * empty line (RFC 4155). With one message only, the input is returned whole under its own name,
 * exactly as a single file; with more, each message is `NAME#n` (from 1), without its separator
 * line and its final empty line, and with mboxrd's `>From ` escapes undone. A message over the
 * cap becomes its own error, and the rest of the mbox is still read.
 */
export async function* splitStream(
  name: string,
  chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
  maxBytes: number,
): AsyncGenerator<Input> {
  let lines: Uint8Array[] = [];
  let size = 0;
  let over = false;
  let count = 0;
  let previousBlank = true;
  let carry: Uint8Array | null = null;
  /** The first message, held raw until a second separator shows the input is an mbox. */
  let first: Uint8Array[] | null = null;
  let firstSize = 0;

  const finish = (): Input | null => {
    if (count === 0) return null;
    const label = `${name}#${count}`;
    if (over) return { name: label, error: tooLarge(size, maxBytes) };
    // The empty line before the next separator belongs to the mbox, not to the message.
    const last = lines[lines.length - 1];
    if (last !== undefined && isBlank(last)) lines.pop();
    return { name: label, bytes: new Uint8Array(Buffer.concat(lines)) };
  };

  const take = function* (line: Uint8Array): Generator<Input> {
    // Called only for inputs that start with "From ": the first line always opens a message.
    const separator =
      count === 0 || (previousBlank && line.length >= 5 && isSeparatorLine(Buffer.from(line.subarray(0, 256)).toString('latin1')));
    previousBlank = isBlank(line);
    if (separator) {
      if (count === 1 && first !== null) {
        // A second message: the input is an mbox after all, and the first is named #1.
        first = null;
      }
      const out = finish();
      if (out !== null) yield out;
      count++;
      lines = [];
      size = 0;
      over = false;
      if (count === 1) {
        first = [line];
        firstSize = line.length;
      }
      return;
    }
    if (count === 1 && first !== null) {
      firstSize += line.length;
      if (firstSize <= maxBytes + 1) first.push(line);
    }
    size += line.length;
    if (size > maxBytes) {
      over = true;
      lines = [];
      return;
    }
    if (!over) lines.push(isEscapedFrom(line) ? line.subarray(1) : line);
  };

  for await (const chunk of chunks) {
    let start = 0;
    let data = chunk;
    if (carry !== null) {
      data = Buffer.concat([carry, chunk]);
      carry = null;
    }
    for (;;) {
      const end = data.indexOf(LF, start);
      if (end < 0) break;
      yield* take(data.subarray(start, end + 1));
      start = end + 1;
    }
    if (start < data.length) {
      carry = data.subarray(start);
      // A "line" longer than the cap cannot be kept whole; it is counted and dropped.
      if (carry.length > maxBytes) {
        yield* take(carry);
        carry = null;
      }
    }
  }
  if (carry !== null) yield* take(carry);
  if (count === 1 && first !== null) {
    // One message only: the input as it is, under its own name (an .eml that starts with "From ").
    if (firstSize > maxBytes) yield { name, error: tooLarge(firstSize, maxBytes) };
    else yield { name, bytes: new Uint8Array(Buffer.concat(first)) };
    return;
  }
  const out = finish();
  if (out !== null) yield out;
}
