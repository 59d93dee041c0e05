// import process from 'node:process' gives the same object as the global process.
import process from 'node:process';
import { nextTick } from 'node:process';
console.log(process === globalThis.process, nextTick === globalThis.process.nextTick);
nextTick(() => console.log('imported nextTick ran'));
