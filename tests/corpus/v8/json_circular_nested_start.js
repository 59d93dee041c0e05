// The cycle starts below the root: the message starts at the object that closes it.
const inner = { id: 1 };
inner.loop = inner;
try {
  JSON.stringify({ wrapper: { inner } });
} catch (e) {
  console.log(e.message);
}
