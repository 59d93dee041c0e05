// `import` of a package whose package.json does not parse: ERR_INVALID_PACKAGE_CONFIG naming
// the file, the request and its importer, with JSON.parse's message.
import { fileURLToPath } from 'node:url';
import { dirname } from 'node:path';
const dir = dirname(fileURLToPath(import.meta.url));
try {
  await import('badpkg');
} catch (err) {
  console.log(err.name, err.code, err.message.replaceAll(dir, '.'));
  console.log(Object.keys(err), err.cause);
  console.log(err.stack.split('\n').slice(0, 4).join('\n').replaceAll(dir, '.'));
}
