console.log(/abc/, /a\/b/, new RegExp('a/b'), /[a-z]+/gimsuy, new RegExp(''));
console.log({ re: /x/g }, [/y/]);
const re = /z/;
re.lastIndex = 3;
console.log(re, re.lastIndex);
console.log(String(/q/i), `${/w/}`);
console.log(/(\d+)/.exec('abc 123 def'));
console.log('a1b2'.replace(/\d/g, (d) => d * 2));
