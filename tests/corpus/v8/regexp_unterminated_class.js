// new RegExp('['): the pattern is quoted in the message.
try {
  new RegExp('[');
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
