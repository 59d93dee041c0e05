// "The Node.js Event Loop" guide: deferring the callback with process.nextTick lets the script finish, so bar is 1.
let bar = null;

function someAsyncApiCall(callback) {
  process.nextTick(callback);
}

someAsyncApiCall(() => {
  console.log('bar', bar); // 1
});

bar = 1;
