// Rewrites the per-sample result pins (test/engine/pins/*.json) from the current engine.
// Run it after a deliberate change, then review `git diff test/engine/pins` file by file.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const jest = require.resolve('jest/bin/jest');
const r = spawnSync(process.execPath, [jest, 'test/engine/pins.test.ts'], { stdio: 'inherit', env: { ...process.env, PINS_UPDATE: '1' } });
process.exit(r.status ?? 1);
