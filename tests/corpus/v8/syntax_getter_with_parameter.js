// A getter that takes a parameter.
const o = { get x(a) { return 1; } };
