// An error made by a class, thrown by its caller.
class ValidationError extends Error {}
function check(value) {
  const problem = new ValidationError(`bad value: ${value}`);
  if (value < 0) {
    throw problem;
  }
}
check(-1);
