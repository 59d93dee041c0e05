// A string thrown from a microtask has no place: <anonymous_script>:0.
queueMicrotask(() => {
  throw 'str';
});
