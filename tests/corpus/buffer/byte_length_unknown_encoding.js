// An unknown encoding in byteLength silently counts UTF-8.
console.log(Buffer.byteLength('é€', 'nope'));
console.log(Buffer.byteLength('é€', 'utf8'));
console.log(Buffer.byteLength('é€', 'HEX'));
console.log(Buffer.byteLength('abc', 'ASCII'));
