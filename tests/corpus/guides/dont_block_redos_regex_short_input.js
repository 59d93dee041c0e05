// "Don't block the event loop" REDOS example with short inputs only (the vulnerable regexp is fine on tiny strings).
function check(filePath) {
  if (filePath.match(/(\/.+)+$/)) {
    console.log('valid path');
  } else {
    console.log('invalid path');
  }
}
check('/a/b/c');
check('///\n');
check('relative');
