const key = 'abc';
const o = null;
o[key];
