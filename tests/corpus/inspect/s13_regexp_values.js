const r = /ab+c/gi; r.lastIndex = 3; r.extra = 'x';
console.log(r, [/x/y, /\d+/su], { r: /a\/b/ }, new RegExp('a/b'), new RegExp(''), RegExp('\n'));
class R extends RegExp {}
console.log(new R('z', 'g'), String(/x/d));
console.log(require('util').inspect(/x/, { showHidden: true }));
