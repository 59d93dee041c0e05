// Built-ins that call the learner's callbacks show in V8's stacks by their own frame.
const frame = () => new Error().stack.split('\n')[3];
'a'.replace(/a/, () => { console.log('replace', frame()); return ''; });
'a'.replaceAll('a', () => { console.log('replaceAll', frame()); return ''; });
Array.from([1], () => console.log('from', frame()));
[2, 1].sort(() => { console.log('sort', frame()); return 0; });
[[1]].flatMap(() => console.log('flatMap', frame()));
[1].filter(() => console.log('filter', frame()));
