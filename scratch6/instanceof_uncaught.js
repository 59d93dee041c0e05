const types = { User: class User {} };
function check(value) {
  return value instanceof types.Admin;
}
console.log(check({}));
