// path.join, basename and extname on relative paths.
const path = require('path');
console.log(path.join('a', 'b'));
console.log(path.join('a', '..', 'b', 'c.txt'));
console.log(path.basename('dir/file.js'), path.extname('dir/file.js'));
console.log(require('node:path') === path);
