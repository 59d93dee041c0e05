// Frames shared with the cause collapse into "... N lines matching cause stack trace ...".
const frames = '\n    at a (f.js:1:1)\n    at b (f.js:2:1)\n    at c (f.js:3:1)\n    at d (f.js:4:1)\n    at e (f.js:5:1)';
const inner = new Error('in');
inner.stack = 'Error: in\n    at inner (f.js:0:1)' + frames;
const outer = new Error('out', { cause: inner });
outer.stack = 'Error: out\n    at outer (f.js:9:1)' + frames;
console.log(outer);
