// fill(value, undefined, undefined, encoding) still uses the encoding and fills everything.
console.log(Buffer.alloc(4).fill('61', undefined, undefined, 'hex'));
console.log(Buffer.alloc(4).fill('AQ==', 'BASE64'));
console.log(Buffer.alloc(5).fill('\u00e9', 'latin1'), Buffer.alloc(5).fill('\u00e9', 'utf8'));
