// path.win32.resolve, relative and toNamespacedPath with absolute arguments.
const w = require('path').win32;
console.log(w.resolve('C:\\foo\\bar', '.\\baz'));
console.log(w.resolve('C:\\foo', 'D:\\bar', 'baz'));
console.log(w.resolve('C:\\a', '\\\\server\\share\\x', '..\\y'));
console.log(w.resolve('c:/ignore', 'd:\\a/b\\c/d', '\\e.exe'));
console.log(w.resolve('C:\\x', '/abs'));
console.log(w.relative('C:\\orandea\\test\\aaa', 'C:\\orandea\\impl\\bbb'));
console.log(w.relative('C:\\foo', 'C:\\foo\\bar\\baz'));
console.log(w.relative('C:\\foo\\bar', 'C:\\FOO\\bar'));
console.log(w.relative('C:\\foo', 'D:\\foo'));
console.log(w.relative('\\\\server\\share\\a', '\\\\server\\share\\b\\c'));
console.log(w.relative('C:\\', 'C:\\a'), JSON.stringify(w.relative('C:\\a\\b', 'C:\\a')));
console.log(w.toNamespacedPath('C:\\foo\\bar'), w.toNamespacedPath('\\\\server\\share\\f'), w.toNamespacedPath('\\\\?\\C:\\x'), w.toNamespacedPath(''), w.toNamespacedPath(5));
console.log(w.isAbsolute('C:'), w.isAbsolute('C:\\'), w.isAbsolute('C:/'), w.isAbsolute('//server'), w.isAbsolute('bar\\baz'), w.isAbsolute('.'));
