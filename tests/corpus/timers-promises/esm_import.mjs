// timers/promises from an ES module, with top-level await.
import { setTimeout as sleep, setImmediate } from 'node:timers/promises';
console.log('start');
console.log(await sleep(5, 'slept'));
console.log(await setImmediate('checked'));
