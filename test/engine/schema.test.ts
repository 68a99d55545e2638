import Ajv2020 from 'ajv/dist/2020';
import { readFileSync } from 'node:fs';
import { analyze } from '../../src/engine/analyze';
import { ANALYSIS_RESULT_SCHEMA } from '../../src/engine/schema';
import { loadLabels } from './corpus-helpers';

const ajv = new Ajv2020({ allErrors: true, strict: false });
const validate = ajv.compile(ANALYSIS_RESULT_SCHEMA);

describe('result schema', () => {
  test('every corpus result validates against the published schema', async () => {
    const labels = loadLabels();
    const bad: string[] = [];
    for (const [file, p] of labels.paths) {
      const r = await analyze(readFileSync(p));
      if (!validate(r)) bad.push(`${file}: ${ajv.errorsText(validate.errors)}`);
    }
    expect(bad).toEqual([]);
  });

  test('error results validate too', async () => {
    const r = await analyze(new Uint8Array());
    expect(validate(r)).toBe(true);
    expect(r.error?.code).toBe('empty');
  });

  test('a result with a recipient that is not a string address is rejected by the schema', () => {
    expect(validate({ version: '1.0.0', kind: 'bounce', recipients: [{ address: 42 }] })).toBe(false);
  });
});
