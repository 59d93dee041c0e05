// process.env turns every value it stores into a string; delete removes it.
process.env.LOOPLAB_A = 42;
console.log(process.env.LOOPLAB_A, typeof process.env.LOOPLAB_A);
process.env.LOOPLAB_B = true;
process.env.LOOPLAB_C = undefined;
console.log(process.env.LOOPLAB_B, process.env.LOOPLAB_C, typeof process.env.LOOPLAB_C);
console.log('LOOPLAB_A' in process.env, Object.keys(process.env).includes('LOOPLAB_B'));
delete process.env.LOOPLAB_A;
console.log(process.env.LOOPLAB_A, 'LOOPLAB_A' in process.env);
console.log(process.env.LOOPLAB_NEVER_SET);
console.log(typeof process.env.PATH);
