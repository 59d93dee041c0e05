let i = 0; const spin = () => { i++; if (i < 100) Promise.resolve().then(spin); }; 
import('node:path').then(() => console.log('builtin import done at', i));
spin();
setTimeout(() => {
  i = 0; spin();
  import('node:path').then(() => console.log('second builtin import done at', i));
  import('./_dep_logs.mjs').then(() => { console.log('file import done at', i); i = 0; spin(); import('./_dep_logs.mjs').then(() => console.log('cached file import done at', i)); });
}, 0);
