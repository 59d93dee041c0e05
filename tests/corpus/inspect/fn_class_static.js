// Static class fields are own properties.
class S { static x = 1; static y = 'two'; }
console.log(S);
