// util still exports internal/errors.js's _errnoException and _exceptionWithHostPort (stack above _exceptionWithHostPort).
const util = require('util');
const e = util._errnoException(-2, 'open', 'extra');
console.log(e, e.stack, Object.keys(e), e.constructor === Error, e.name, e instanceof Error);
const h = util._exceptionWithHostPort(-111, 'connect', '127.0.0.1', 8080, 'local:1');
console.log(Object.keys(h), h.stack.split('\n').slice(0, 2).map((l) => l.replace(__dirname, '.')), h.port);
console.log(util._exceptionWithHostPort(-13, 'bind', '', 0).message, util._errnoException(-4, 'read').message);
try { util._errnoException(5, 'x'); } catch (err) { console.log(err.code, err.message); }
function f() { return util._errnoException(-2, 'stat'); } console.log(f().stack);
console.log(Object.keys(util).slice(0, 4));
