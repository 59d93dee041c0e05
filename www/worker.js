// The playground's Web Worker: loads the same wasm binary as the page (trunk's glue, no file
// hashes); with no window, its entry point installs the run handler and posts "ready".
import init from './looplab-playground.js';

await init();
