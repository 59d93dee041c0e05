// An ES module without the requested export: the graph never runs.
import { a, c } from './_plain.mjs';
console.log('never printed', a, c);
