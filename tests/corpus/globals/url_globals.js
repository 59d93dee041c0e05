console.log(typeof URL, typeof URLSearchParams, URL === require('url').URL, URLSearchParams === require('node:url').URLSearchParams);
console.log(Object.getOwnPropertyDescriptor(globalThis, 'URL').enumerable, 'TypedArray' in globalThis, 'Iterator' in globalThis);
console.log(Object.keys(globalThis).filter((k) => k !== 'fetch' && k !== 'crypto'));
