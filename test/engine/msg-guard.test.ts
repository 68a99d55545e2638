/** The compound-file guard: crafted .msg files are refused before msgreader walks them. */
import { RESULT_VERSION } from '../../src/engine';
import { analyze } from '../../src/engine/analyze';
import { isOleFile } from '../../src/engine/input';
import { checkCompoundFile } from '../../src/engine/msg';
import { CRAFTED_MSG, craftedMsg, goodMsg } from '../hostile/crafted';

describe('compound-file guard', () => {
  test('a well-formed .msg passes the guard and is read', async () => {
    expect(checkCompoundFile(goodMsg())).toBeNull();
    const r = await analyze(goodMsg());
    expect(r.inputType).toBe('msg');
    expect(r.error).toBeNull();
    expect(r.recipients.map((x) => x.address)).toContain('nobody@example.com');
  });

  test.each(CRAFTED_MSG)('%s is refused with a reason', (kind) => {
    expect(checkCompoundFile(craftedMsg(kind))).toMatch(/loops|shares|outside|more bytes|longer|shorter/);
  });

  test.each(CRAFTED_MSG)('%s gives one clear error result, not a hang', async (kind) => {
    const r = await analyze(craftedMsg(kind));
    expect(r.kind).toBe('not-bounce');
    expect(r.error?.code).toBe('msg-damaged');
    expect(String(r.error?.values.problem)).not.toBe('');
  });

  test('a truncated or garbled file always ends in a result, whatever its bytes', async () => {
    const good = goodMsg();
    expect(checkCompoundFile(good.subarray(0, 400))).toMatch(/shorter/);
    for (let seed = 1; seed <= 200; seed++) {
      const copy = good.slice();
      // Deterministic pseudo-random damage to the header and the first sectors.
      let x = seed * 2654435761;
      for (let k = 0; k < 8; k++) {
        x = (x * 1103515245 + 12345) >>> 0;
        copy[x % 2048] = x >>> 24;
      }
      const r = await analyze(copy);
      expect(r.version).toBe(RESULT_VERSION);
      if (isOleFile(copy) && checkCompoundFile(copy) !== null) expect(r.error?.code).toBe('msg-damaged');
    }
  });
});
