// "The Node.js Event Loop" guide: an API with an async signature that calls back synchronously sees bar before it is assigned.
let bar = null;

// this has an asynchronous signature, but calls callback synchronously
function someAsyncApiCall(callback) {
  callback();
}

someAsyncApiCall(() => {
  console.log('bar', bar); // null
});

bar = 1;
