// An empty object pattern on null still throws.
try {
  const {} = null;
} catch (e) {
  console.log(e.message);
}
