import url, { URL as U, fileURLToPath } from 'node:url';
import qs from 'querystring';
import { parse } from 'node:querystring';
console.log(U === URL, url.URL === URL, typeof fileURLToPath, typeof import.meta.url);
console.log(qs.stringify(parse('a=1&a=2')));
console.log(new URL('./sibling.mjs', 'file:///srv/app/main.mjs').pathname);
