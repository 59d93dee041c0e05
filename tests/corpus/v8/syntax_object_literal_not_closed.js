// An object literal left open to the end of the file.
const o = {
  a: 1,
