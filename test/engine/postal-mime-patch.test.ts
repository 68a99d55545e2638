/**
 * postal-mime is patched (patches/postal-mime+4.0.0.patch, applied by `npm install` through
 * patch-package) to join decoded chunks without `Blob`, which is slow in Node, and to read an
 * ordinary line without a promise. The patch must be applied, must give the bytes Blob would, and
 * must close MIME parts as before.
 */
import path from 'node:path';
import PostalMime from 'postal-mime';

// The package's exports map hides its modules; reach the one the patch changes by path.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const strings = require(path.join(path.dirname(require.resolve('postal-mime')), 'decode-strings.js')) as {
  chunksToArrayBuffer?: (chunks: ReadonlyArray<ArrayBuffer | ArrayBufferView | string>) => Promise<ArrayBuffer>;
};

test('the patch is applied', () => {
  expect(typeof strings.chunksToArrayBuffer).toBe('function');
});

test('joined chunks equal what Blob gives, strings as UTF-8', async () => {
  const join = strings.chunksToArrayBuffer;
  if (join === undefined) throw new Error('patch not applied');
  const chunks = [new Uint8Array([1, 2, 3]).subarray(1), 'é\n', new Uint8Array([255]).buffer, ''];
  const mine = new Uint8Array(await join(chunks));
  const blob = new Uint8Array(await new Blob(chunks).arrayBuffer());
  expect([...mine]).toEqual([...blob]);
  expect([...mine]).toEqual([2, 3, 0xc3, 0xa9, 10, 255]);
});

test('line feeds (the pass-through decoder adds one per line) join as one byte each, call after call', async () => {
  const join = strings.chunksToArrayBuffer;
  if (join === undefined) throw new Error('patch not applied');
  const chunks = [new Uint8Array([65]), '\n', '\n', new Uint8Array([66]), '\n'];
  const first = new Uint8Array(await join(chunks));
  // The joined buffer is the caller's: changing it must not change the next call's line feeds.
  first.fill(0);
  const second = new Uint8Array(await join(chunks));
  const blob = new Uint8Array(await new Blob(chunks).arrayBuffer());
  expect([...second]).toEqual([...blob]);
  expect([...second]).toEqual([65, 10, 10, 66, 10]);
});

test('base64, quoted-printable and plain parts decode as before', async () => {
  const mime = [
    'Content-Type: multipart/mixed; boundary=b',
    '',
    '--b',
    'Content-Type: text/plain; charset=utf-8',
    'Content-Transfer-Encoding: base64',
    '',
    Buffer.from('Grüße aus Köln').toString('base64'),
    '--b',
    'Content-Type: text/plain; charset=iso-8859-1',
    'Content-Transfer-Encoding: quoted-printable',
    '',
    'Caf=E9 cr=E8me',
    '--b',
    'Content-Type: application/octet-stream',
    '',
    'raw line',
    '--b--',
    '',
  ].join('\r\n');
  const parsed = await PostalMime.parse(mime);
  expect(parsed.text).toContain('Grüße aus Köln');
  expect(parsed.text).toContain('Café crème');
  const raw = parsed.attachments[0]?.content;
  expect(raw).toBeDefined();
  expect(new TextDecoder().decode(raw as ArrayBuffer)).toContain('raw line');
});

test('an ordinary line is read without a promise; boundaries, nested parts and a last-line terminator still close their parts', async () => {
  // The patch makes processLine return a promise only when a boundary or the last line has parts to close.
  const parser = new PostalMime() as unknown as { processLine: (line: Uint8Array, isFinal: boolean) => unknown };
  expect(parser.processLine(new TextEncoder().encode('Subject: x'), false)).toBeUndefined();

  const mime = [
    'Content-Type: multipart/mixed; boundary=outer',
    '',
    '--outer',
    'Content-Type: multipart/alternative; boundary=inner',
    '',
    '--inner',
    'Content-Type: text/plain',
    '',
    'first text',
    '--inner  ',
    'Content-Type: text/html',
    '',
    '<p>first html</p>',
    '--inner--',
    '--outer',
    'Content-Type: message/delivery-status',
    '',
    'Final-Recipient: rfc822; a@example.com',
    '--outerish not a boundary',
    '--outer--',
  ].join('\r\n');
  const parsed = await PostalMime.parse(mime, { forceRfc822Attachments: true });
  expect(parsed.text?.trim()).toBe('first text');
  expect(parsed.html).toContain('first html');
  const status = parsed.attachments.find((a) => a.mimeType === 'message/delivery-status');
  const text = new TextDecoder().decode(status?.content as ArrayBuffer);
  expect(text).toContain('Final-Recipient: rfc822; a@example.com');
  expect(text).toContain('--outerish not a boundary');
});
