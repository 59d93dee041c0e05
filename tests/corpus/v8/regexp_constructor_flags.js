try {
  new RegExp('abc', 'gg');
} catch (e) {
  console.log(e.message);
}
try {
  const pattern = new RegExp('a+', 'gig');
} catch (e) {
  console.log(e.message);
}
try {
  new RegExp('[z-a]');
} catch (e) {
  console.log(e.message);
}
