// An uncaught read of a missing nested object, in an immediate.
const state = { user: null };
setImmediate(() => {
  console.log(state.user.name);
});
