function show() {
  console.log(message);
  let message = 'hi';
}
show();
