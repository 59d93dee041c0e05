// An object that references itself: the multi-line circular message.
const obj = { name: 'a' };
obj.self = obj;
try {
  JSON.stringify(obj);
} catch (e) {
  console.log(e.message);
}
