// A block comment that never closes: no caret line.
/* abc
const x = 1;
