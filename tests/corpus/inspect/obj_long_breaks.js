// An object too long for 80 columns puts each property on its own line.
console.log({ alpha: 'aaaaaaaaaaaa', beta: 'bbbbbbbbbbbb', gamma: 'cccccccccccc', delta: 'dddddddddddd', eps: 1 });
