// cwd starts at the main file's folder; chdir moves it and relative paths follow.
const path = require('path');
const fs = require('fs');
const start = process.cwd();
console.log(start === __dirname);
fs.mkdirSync(path.join(__dirname, 'tmp_chdir_dir'), { recursive: true });
process.chdir('tmp_chdir_dir');
console.log(path.relative(start, process.cwd()));
console.log(path.resolve('x.txt') === path.join(start, 'tmp_chdir_dir', 'x.txt'));
process.chdir('..');
console.log(process.cwd() === start);
fs.rmdirSync(path.join(__dirname, 'tmp_chdir_dir'));
