// Split string pieces are indented relative to their nesting.
console.log({ a: { b: 'alpha beta gamma delta epsilon zeta\neta theta iota kappa lambda mu nu\n' } });
