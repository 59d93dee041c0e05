const r = /ab+c/gi; r.lastIndex = 3; r.extra = 1;
console.log(r, [r], { r });
class MyRe extends RegExp {}
console.log(new MyRe('x', 'y'), new RegExp('a/b'), /[/]/, new RegExp(''));
const nr = /x/; Object.setPrototypeOf(nr, null);
console.log(nr);
const nf = /a\/b[/]c/gimsuy; Object.setPrototypeOf(nf, null); nf.k = 1;
console.log(nf, [nf]);
const ov = /q/g; Object.defineProperty(ov, 'source', { value: 'overridden' });
console.log(ov);
