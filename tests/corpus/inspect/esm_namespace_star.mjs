import * as self from './_esm_namespace_dep.mjs';
import * as path from 'node:path';
console.log(self);
console.log(typeof path.join, Object.prototype.toString.call(self));
const ns = await import('./_esm_namespace_dep.mjs');
console.log(ns === self, [ns], { ns });
