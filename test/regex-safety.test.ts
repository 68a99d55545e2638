/**
 * ReDoS check: every regular expression in src/ is analysed by eslint-plugin-regexp's
 * super-linear backtracking and super-linear move rules (the same analysis `npm run lint` runs),
 * so a vulnerable pattern turns the tests red even where lint is not run. ESLint runs in a child
 * process because the plugin is an ES module.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

interface LintResult {
  filePath: string;
  messages: Array<{ ruleId: string | null; line: number; message: string }>;
}

test('no regular expression in src/ can backtrack super-linearly', () => {
  const root = path.resolve(__dirname, '..');
  const r = spawnSync(
    process.execPath,
    [path.join(path.resolve(__dirname, '..'), 'node_modules/eslint/bin/eslint.js'), '--format', 'json', 'src'],
    { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  const results = JSON.parse(r.stdout) as LintResult[];
  expect(results.length).toBeGreaterThan(40);
  const findings = results.flatMap((x) =>
    x.messages
      .filter((m) => m.ruleId === null || m.ruleId.startsWith('regexp/no-super-linear'))
      .map((m) => `${path.relative(root, x.filePath)}:${m.line} ${m.ruleId ?? 'parse error'} ${m.message}`),
  );
  expect(findings).toEqual([]);
});
