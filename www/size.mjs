// The size check: the brotli size of what the first page loads (HTML, CSS, the editor, the
// page's wasm binary and its JS glue), against the 1 MB budget; it fails above 1 MiB.
// The engine (the `looplab-worker` binary and its glue) is loaded by the Web Worker that the page
// starts on the first run: it is printed apart, and so is the total of both.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { DIST } from './serve.mjs';

const BUDGET = 1_000_000;
const HARD_LIMIT = 1_048_576;
const isEngine = (f) => f.startsWith('looplab-worker');
const files = readdirSync(DIST).filter((f) => statSync(join(DIST, f)).isFile()).sort();
const sums = { page: { raw: 0, br: 0 }, engine: { raw: 0, br: 0 } };
for (const f of files) {
  const bytes = readFileSync(join(DIST, f));
  const br = brotliCompressSync(bytes, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
  }).length;
  const sum = sums[isEngine(f) ? 'engine' : 'page'];
  sum.raw += bytes.length;
  sum.br += br;
  console.log(`${f.padEnd(36)} ${String(bytes.length).padStart(9)} B  ${String(br).padStart(8)} B brotli`);
}
const row = (label, raw, br) =>
  console.log(`${label.padEnd(36)} ${String(raw).padStart(9)} B  ${String(br).padStart(8)} B brotli`);
row('first page', sums.page.raw, sums.page.br);
row('engine (on the first run)', sums.engine.raw, sums.engine.br);
row('first page + engine', sums.page.raw + sums.engine.raw, sums.page.br + sums.engine.br);
const total = sums.page.br;
if (total > HARD_LIMIT) {
  console.error(`size check: the first page's ${total} B is over 1 MiB (${HARD_LIMIT} B)`);
  process.exit(1);
} else if (total > BUDGET) {
  console.log(`size check: WARNING the first page's ${total} B is ${total - BUDGET} B over 1 MB (${BUDGET} B)`);
} else {
  console.log(`size check: the first page is ${total} B, within 1 MB (${BUDGET} B)`);
}
