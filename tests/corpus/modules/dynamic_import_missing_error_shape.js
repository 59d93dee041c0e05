// What import() of a missing file or package rejects with: Node's ERR_MODULE_NOT_FOUND.
const here = (s) => s.split(process.cwd()).join('<cwd>');
import('./_no_such_file.mjs').catch((e) => {
  console.log(e.code, e.name, Object.keys(e));
  console.log(here(e.message));
  console.log(here(e.url));
  console.log(here(e.stack.split('\n')[0]));
});
import('no-such-package-anywhere').catch((e) => {
  console.log(e.code, Object.keys(e), 'url' in e);
  console.log(here(e.message));
});
import('node:no-such-builtin').catch((e) => console.log(e.code, e.message));
