// new console.Console over any writable: a custom Writable collecting chunks, a file stream,
// process.stdout; each method routed to the console's own streams, counts, timers, groups.
const { Writable } = require('stream');
const fs = require('fs');
const { Console } = require('console');

const chunks = [];
const errs = [];
const collect = (into) => new Writable({
  write(chunk, encoding, callback) { into.push(chunk.toString()); callback(); },
});
const out = collect(chunks);
const err = collect(errs);
const c = new Console({ stdout: out, stderr: err, groupIndentation: 4 });
console.log(Console === console.Console, c instanceof Console, console instanceof Console, {} instanceof Console);
c.log('hello %s', 'world', { a: [1, 2] });
c.info('info'); c.debug('debug'); c.dirxml('dirxml');
c.error('to err'); c.warn('warn', 42);
c.dir({ deep: { deeper: { deepest: { x: 1 } } } }, { depth: 0 });
c.count(); c.count(); c.count('x'); c.countReset(); c.count();
c.group('group');
c.log('indented\ntwo lines');
c.groupCollapsed();
c.log('more');
c.groupEnd();
c.groupEnd();
c.log('back');
c.assert(true, 'never');
c.assert(false, 'failed %d', 7);
c.assert(false);
c.table([{ a: 1, b: 'x' }, { a: 2 }]);
c.table('not tabular');
c.clear();
console.log(JSON.stringify(chunks));
console.log(JSON.stringify(errs));
console.log(Object.keys(c).join(','));
console.log(c.log.name, c.error.name, c.groupCollapsed.name, Object.getOwnPropertyNames(c).includes('_stdout'));
console.log(Object.prototype.toString.call(c));

// Called without new, the two-stream form, stderr defaulting to stdout.
const same = [];
const c2 = Console(collect(same));
c2.log('one'); c2.error('two');
console.log(JSON.stringify(same));

// process.stdout itself.
const c3 = new Console(process.stdout, process.stderr);
c3.log('via process.stdout', [1, 2, 3]);

// inspectOptions apply to every format.
const opts = [];
const c4 = new Console({ stdout: collect(opts), inspectOptions: { depth: 0, breakLength: 20 } });
c4.log({ a: { b: { c: 1 } } }, ['aaaaaaa', 'bbbbbbb', 'ccccccc']);
console.log(JSON.stringify(opts));

// A file stream.
const file = 'tmp_console_class.log';
const stream = fs.createWriteStream(file);
const fc = new Console(stream);
fc.log('line one');
fc.error('line two');
stream.end(() => {
  console.log(JSON.stringify(fs.readFileSync(file, 'utf8')));
  fs.unlinkSync(file);
});
