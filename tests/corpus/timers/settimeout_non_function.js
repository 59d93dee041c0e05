// A non-function callback throws ERR_INVALID_ARG_TYPE synchronously.
for (const bad of ['code', 42, null, undefined, {}]) {
  try {
    setTimeout(bad, 10);
  } catch (err) {
    console.log(err.code, err.message);
  }
}
