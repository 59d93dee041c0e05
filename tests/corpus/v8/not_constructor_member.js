// new on a member that is not a constructor.
const lib = { Widget: 1 };
try {
  new lib.Widget();
} catch (e) {
  console.log(e.message);
}
