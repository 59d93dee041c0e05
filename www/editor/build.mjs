// Bundles editor.js (CodeMirror 6 from node_modules) into one minified script for trunk.
// Run by trunk's pre-build hook (Trunk.toml) and by `npm run build-editor`.
import { build } from 'esbuild';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
await build({
  entryPoints: [join(here, 'editor.js')],
  outfile: join(here, 'dist', 'editor.js'),
  bundle: true,
  minify: true,
  format: 'iife',
  target: ['es2020'],
  legalComments: 'none',
  logLevel: 'warning',
});
