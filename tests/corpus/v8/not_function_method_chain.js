// obj.method().other(): the intermediate call is shown as (...).
const obj = {
  method() {
    return {};
  },
};
try {
  obj.method().other();
} catch (e) {
  console.log(e.message);
}
