const keys = ['a', 'b'];
let obj = null;
for (const k of keys) {
  try {
    obj[k];
  } catch (e) {
    console.log(e.message);
  }
}
