// A package.json without "type": the file still runs as an ES module, with a warning.
import { EOL } from 'os';
console.log(JSON.stringify(EOL));
