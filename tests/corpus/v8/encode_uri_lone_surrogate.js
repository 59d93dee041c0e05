// encodeURIComponent of a lone surrogate.
try {
  encodeURIComponent('\uD800');
} catch (e) {
  console.log(String(e));
}
