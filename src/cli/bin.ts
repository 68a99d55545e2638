/** The `ndr-explain` executable (bundled as dist/cli/ndr-explain.js): runs `main` and sets the exit status. */
import { main } from './ndr-explain';

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`ndr-explain: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 1;
  },
);
