// An array that contains itself: indices are shown as 'index 0'.
const arr = [1];
arr.push(arr);
try {
  JSON.stringify(arr);
} catch (e) {
  console.log(e.message);
}
