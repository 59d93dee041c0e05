// Setting a nested property where the parent is null.
const state = { user: null };
try {
  state.user.name = 'Ada';
} catch (e) {
  console.log(String(e));
}
