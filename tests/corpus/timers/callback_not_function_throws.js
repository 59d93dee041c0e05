// setTimeout with a non-function callback throws a TypeError with code ERR_INVALID_ARG_TYPE.
try {
  setTimeout('console.log("eval?")', 1);
} catch (e) {
  console.log(e instanceof TypeError, e.code);
}
try {
  setInterval(null, 1);
} catch (e) {
  console.log(e instanceof TypeError, e.code);
}
