// A syntax error in an ES module: the stderr shape of ESM.
import { readFile } from 'node:fs';
const x = ;
