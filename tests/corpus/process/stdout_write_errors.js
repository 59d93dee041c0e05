// Writing something that is not a string, Buffer or Uint8Array throws.
for (const v of [42, {}, null, undefined]) {
  try {
    process.stdout.write(v);
  } catch (e) {
    console.log(e.code, e.message);
  }
}
