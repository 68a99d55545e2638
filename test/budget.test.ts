/** The pane's JavaScript budget: at most 300 KB gzipped (the playground is not shipped to Outlook). */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const DIST = path.resolve(__dirname, '../dist');

test('taskpane.js is at most 300 KB gzipped', () => {
  const file = path.join(DIST, 'taskpane.js');
  if (!existsSync(file)) throw new Error('dist/taskpane.js is missing: run `npm run build` first (npm test does).');
  const gz = gzipSync(readFileSync(file), { level: 9 }).length;
  console.log(`taskpane.js: ${Math.round(gz / 1024)} KB gzipped`);
  expect(gz).toBeLessThanOrEqual(300 * 1024);
});

test('the production pane loads only Office.js from elsewhere', () => {
  const html = readFileSync(path.join(DIST, 'taskpane.html'), 'utf8');
  const external = [...html.matchAll(/(?:src|href)=["']?(https?:[^"'\s>]+)/g)].map((m) => m[1]);
  expect(external).toEqual(['https://appsforoffice.microsoft.com/lib/1/hosted/office.js']);
});
