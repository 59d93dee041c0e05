// The frames below an fs callback: the wrapper lib/fs.js made for it (makeCallback,
// makeStatsCallback, read's wrapper, ReadFileContext, rimraf's CB ...) and its oncomplete.
const fs = require('fs');
const dir = 'tmp_callback_frames';
fs.rmSync(dir, { recursive: true, force: true });
fs.mkdirSync(`${dir}/sub`, { recursive: true });
fs.mkdirSync(`${dir}/full/inner`, { recursive: true });
fs.writeFileSync(`${dir}/full/inner/x.txt`, 'x');
fs.writeFileSync(`${dir}/a.txt`, 'hello');
const here = __dirname;
function framesBelow(label, args) {
  const frames = new Error().stack.split('\n').slice(2).map((l) => l.split(here).join('.').trim());
  console.log(label, args[0] ? args[0].code : 'ok', frames);
}
const ops = [
  ['readFile', (cb) => fs.readFile(`${dir}/a.txt`, 'utf8', cb)],
  ['readFile missing', (cb) => fs.readFile(`${dir}/nope`, cb)],
  ['readFile dir', (cb) => fs.readFile(dir, cb)],
  ['writeFile', (cb) => fs.writeFile(`${dir}/b.txt`, 'x', cb)],
  ['writeFile missing dir', (cb) => fs.writeFile(`${dir}/no/b.txt`, 'x', cb)],
  ['appendFile', (cb) => fs.appendFile(`${dir}/b.txt`, 'y', cb)],
  ['stat', (cb) => fs.stat(`${dir}/a.txt`, cb)],
  ['stat missing', (cb) => fs.stat(`${dir}/nope`, cb)],
  ['access', (cb) => fs.access(`${dir}/a.txt`, cb)],
  ['exists', (cb) => fs.exists(`${dir}/a.txt`, cb)],
  ['readdir', (cb) => fs.readdir(dir, cb)],
  ['readdir with types', (cb) => fs.readdir(dir, { withFileTypes: true }, cb)],
  ['readdir with types missing', (cb) => fs.readdir(`${dir}/nope`, { withFileTypes: true }, cb)],
  ['mkdir', (cb) => fs.mkdir(`${dir}/m`, cb)],
  ['rename', (cb) => fs.rename(`${dir}/b.txt`, `${dir}/c.txt`, cb)],
  ['copyFile', (cb) => fs.copyFile(`${dir}/c.txt`, `${dir}/d.txt`, cb)],
  ['unlink', (cb) => fs.unlink(`${dir}/d.txt`, cb)],
  ['rm', (cb) => fs.rm(`${dir}/c.txt`, cb)],
  ['rm missing', (cb) => fs.rm(`${dir}/nope`, cb)],
  ['rm missing forced', (cb) => fs.rm(`${dir}/nope`, { force: true }, cb)],
  ['rm directory', (cb) => fs.rm(`${dir}/sub`, cb)],
  ['rm directory recursive', (cb) => fs.rm(`${dir}/sub`, { recursive: true }, cb)],
  ['rm full directory recursive', (cb) => fs.rm(`${dir}/full`, { recursive: true }, cb)],
  ['truncate', (cb) => fs.truncate(`${dir}/a.txt`, 2, cb)],
  ['open', (cb) => fs.open(`${dir}/a.txt`, 'r+', cb)],
];
let i = 0;
let fd;
function next() {
  if (i === ops.length) return descriptorOps();
  const [label, op] = ops[i++];
  op((...args) => {
    framesBelow(label, args);
    if (label === 'open') fd = args[1];
    next();
  });
}
function descriptorOps() {
  const steps = [
    ['read', (cb) => fs.read(fd, Buffer.alloc(2), 0, 2, 0, cb)],
    ['write', (cb) => fs.write(fd, 'z', cb)],
    ['fstat', (cb) => fs.fstat(fd, cb)],
    ['readFile of a descriptor', (cb) => fs.readFile(fd, cb)],
    ['writeFile of a descriptor', (cb) => fs.writeFile(fd, 'q', cb)],
    ['close', (cb) => fs.close(fd, cb)],
    ['close again', (cb) => fs.close(fd, cb)],
    ['realpath', (cb) => fs.realpath(dir, cb)],
  ];
  let j = 0;
  const step = () => {
    if (j === steps.length) return fs.rmSync(dir, { recursive: true });
    const [label, op] = steps[j++];
    op((...args) => {
      framesBelow(label, args);
      step();
    });
  };
  step();
}
next();
