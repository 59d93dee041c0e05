// new on a method defined with the shorthand syntax.
const api = {
  build() {
    return 1;
  },
};
try {
  new api.build();
} catch (e) {
  console.log(e.message);
}
