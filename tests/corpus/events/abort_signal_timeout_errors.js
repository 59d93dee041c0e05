// AbortSignal.timeout validates its delay as Node's validateUint32 does.
for (const d of [-1, '10', 1.5, 2 ** 32, NaN]) {
  try {
    AbortSignal.timeout(d);
    console.log('ok', d);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
