/**
 * Browser stand-in for iconv-lite, which msgreader uses to decode ANSI strings in .msg files.
 * The real package drags Node's Buffer and stream modules into the pane; the browser's own
 * TextDecoder knows the same code pages (windows-125x, shift_jis, gb18030, …).
 */
function label(encoding: string): string {
  const e = encoding.toLowerCase().replace(/^cp/, 'windows-');
  return /^\d+$/.test(e) ? `windows-${e}` : e;
}

export function decode(bytes: Uint8Array, encoding: string): string {
  try {
    return new TextDecoder(label(encoding)).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/** Only used by msgreader when writing .msg files, which the add-in never does. */
export function encode(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

export function encodingExists(encoding: string): boolean {
  try {
    new TextDecoder(label(encoding));
    return true;
  } catch {
    return false;
  }
}

export default { decode, encode, encodingExists };
