// "type": "commonjs": no detection; the warning says what to do, then the syntax error.
import { EOL } from 'os';
console.log(JSON.stringify(EOL));
