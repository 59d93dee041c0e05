// A setter that takes no parameter.
const o = { set x() {} };
