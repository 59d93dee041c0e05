// A lone `#` where a value should be.
const x = 1;
const y = #;
