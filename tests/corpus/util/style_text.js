// styleText: escapes for a format (or several); a single format on a non-TTY stream is plain.
const util = require('util');
console.log(JSON.stringify(util.styleText('red', 'hi', { validateStream: false })));
console.log(JSON.stringify(util.styleText(['bold', 'underline'], 'hi')));
console.log(JSON.stringify(util.styleText('green', 'plain on a pipe')));
try { util.styleText('nope', 'x'); } catch (e) { console.log(e.code, e.message.slice(0, 60)); }
try { util.styleText('red', 5); } catch (e) { console.log(e.code, e.message); }
console.log(util.inspect.colors.red, util.inspect.styles.string);
