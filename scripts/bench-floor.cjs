// npm run bench (part of scripts/bench.mjs): the floor the MIME library sets. A fresh process (or
// its worker threads) does nothing but read each file, parse it with postal-mime (the pinned,
// patched build the engine uses) and print one small JSON line per file: no analysis, no
// explanation. Whatever the engine does on top, `ndr-explain` cannot finish sooner than this.
//
//   node scripts/bench-floor.cjs JOBS FILE...
const { readFileSync } = require('node:fs');
const { Worker, isMainThread, parentPort, workerData } = require('node:worker_threads');
const postalMime = require('postal-mime');

const PostalMime = postalMime.default ?? postalMime;

/** One line per file: the fields a bounce's header names, and the start of its text. */
async function parseAll(files) {
  let out = '';
  for (const f of files) {
    const mail = await PostalMime.parse(readFileSync(f));
    out += `${JSON.stringify({ name: f, subject: mail.subject, from: mail.from, text: (mail.text ?? '').slice(0, 500) })}\n`;
  }
  return out;
}

if (isMainThread) {
  const [jobsArg, ...files] = process.argv.slice(2);
  const jobs = Math.max(1, Number(jobsArg ?? 1));
  if (jobs === 1) {
    parseAll(files).then((out) => process.stdout.write(out));
  } else {
    // Interleaved shares, one worker each, answers written in worker order (the floor, not the CLI's ordering).
    const shares = Array.from({ length: jobs }, (_, w) => files.filter((_, i) => i % jobs === w));
    const outs = shares.map(
      (share) =>
        new Promise((resolve, reject) => {
          const worker = new Worker(__filename, { workerData: share });
          worker.once('message', resolve);
          worker.once('error', reject);
        }),
    );
    Promise.all(outs).then((all) => process.stdout.write(all.join('')));
  }
} else {
  parseAll(workerData).then((out) => parentPort.postMessage(out));
}
