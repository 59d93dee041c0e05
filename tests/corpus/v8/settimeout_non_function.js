// setTimeout with a string callback is Node's ERR_INVALID_ARG_TYPE.
try {
  setTimeout('console.log(1)', 10);
} catch (e) {
  console.log(e.name);
  console.log(e.code);
  console.log(e.message);
}
