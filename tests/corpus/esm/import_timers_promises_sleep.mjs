// import { setTimeout as sleep } from 'node:timers/promises' with top-level await.
import { setTimeout as sleep } from 'node:timers/promises';
console.log('start');
const v = await sleep(5, 'slept');
console.log(v);
