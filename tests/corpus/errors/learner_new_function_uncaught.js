// A function made from a string fails: its frame is named `eval`.
const getB = new Function('obj', 'return obj.b.c');
getB({});
