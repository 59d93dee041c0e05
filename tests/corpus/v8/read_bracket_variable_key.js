// Indexing null with a computed string key: the message shows the key's value.
const key = 'color';
const theme = null;
try {
  theme[key];
} catch (e) {
  console.log(e.message);
}
