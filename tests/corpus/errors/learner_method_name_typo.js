// A typo in a method name.
const list = [3, 1, 2];
list.pussh(4);
