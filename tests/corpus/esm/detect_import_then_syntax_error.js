// An import statement sends the file to the ES module loader, which reports the later error.
import fs from 'fs';
console.log(fs === undefined);
let broken = ;
