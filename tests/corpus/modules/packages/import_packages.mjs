// import of bare names: packages in node_modules, with the "import" condition of "exports"
// (a CommonJS "main" package is imported through its module.exports as the default).
import greet from 'greet';
import shout from '@demo/shout';
import { kind } from 'dual';
console.log(greet('esm'), shout('yes'), kind);
const { default: quiet } = await import('@demo/shout/quiet');
console.log(quiet('LOUD'), import.meta.resolve('dual').endsWith('node_modules/dual/dual.mjs'));
