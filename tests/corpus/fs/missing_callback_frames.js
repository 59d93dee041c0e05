// An fs callback API called without its callback: ERR_INVALID_ARG_TYPE with Node's frames
// above the caller (the API's, under makeCallback's check when it has one).
const fs = require('fs');
const apis = { readFile: ['x'], writeFile: ['x', 'a'], appendFile: ['x', 'a'], readdir: ['.'], stat: ['x'], lstat: ['x'], access: ['x'], mkdir: ['d'], unlink: ['x'], rmdir: ['d'], rename: ['a', 'b'], copyFile: ['a', 'b'], open: ['x'], fstat: [99], realpath: ['.'], readlink: ['x'], symlink: ['a', 'b'], chmod: ['x', 0o644], truncate: ['x'], mkdtemp: ['x'], exists: ['x'], opendir: ['.'] };
const out = {};
for (const [api, args] of Object.entries(apis)) {
  try { fs[api](...args); out[api] = 'no error'; } catch (e) {
    const lines = e.stack.split('\n');
    const i = lines.findIndex((l) => l.includes('missing_callback_frames.js'));
    out[api] = lines.slice(1, i).map((l) => l.trim().replace(/^at /, ''));
  }
}
console.log(JSON.stringify(out, null, 1));
