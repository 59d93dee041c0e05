// The ES module forms of process.
import process2, { argv, env, nextTick, platform } from 'node:process';
console.log(process2 === process, argv === process.argv, env === process.env, platform);
nextTick(() => console.log('tick'));
