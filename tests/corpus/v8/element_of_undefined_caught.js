// Element reads on undefined, caught: the key as V8 prints it (a number, a string, a const).
const matrix = [[1, 2]];
const KEY = 'name';
try {
  console.log(matrix[1][0]);
} catch (e) {
  console.log(e.message);
}
try {
  console.log(matrix[0][5]['x']);
} catch (e) {
  console.log(e.message);
}
const users = {};
try {
  console.log(users.list[KEY]);
} catch (e) {
  console.log(e.message);
}
