// copy coerces non-integer positions and range-checks the result.
const src = Buffer.from('abcdef');
const run = (...args) => {
  const t = Buffer.alloc(4, '.');
  try { console.log(args.map(String), src.copy(t, ...args), t.toString()); } catch (e) { console.log(args.map(String), e.code, e.message); }
};
run(1.7); run(NaN); run('2'); run(0, 1.5, 3.5); run(0, 7); run(0, -1); run(-1); run(0, 0, -1); run(Infinity); run(0, 2, 100); run(0, 5, 2);
