// The size check: the brotli size of everything the first page loads (HTML, CSS, editor,
// the wasm binary (shared by the page and its worker) and its JS glue). The budget is
// 1 MB: the check prints the total against 1,000,000 bytes and fails above 1 MiB (1,048,576).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { DIST } from './serve.mjs';

const BUDGET = 1_000_000;
const HARD_LIMIT = 1_048_576;
const files = readdirSync(DIST).filter((f) => statSync(join(DIST, f)).isFile()).sort();
let raw = 0;
let total = 0;
for (const f of files) {
  const bytes = readFileSync(join(DIST, f));
  const br = brotliCompressSync(bytes, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
  }).length;
  raw += bytes.length;
  total += br;
  console.log(`${f.padEnd(36)} ${String(bytes.length).padStart(9)} B  ${String(br).padStart(8)} B brotli`);
}
console.log(`${'first page'.padEnd(36)} ${String(raw).padStart(9)} B  ${String(total).padStart(8)} B brotli`);
if (total > HARD_LIMIT) {
  console.error(`size check: ${total} B is over 1 MiB (${HARD_LIMIT} B)`);
  process.exit(1);
} else if (total > BUDGET) {
  console.log(`size check: WARNING ${total} B is ${total - BUDGET} B over 1 MB (${BUDGET} B), under 1 MiB`);
} else {
  console.log(`size check: ${total} B, within 1 MB (${BUDGET} B)`);
}
