// A module that throws while loading is not cached: requiring it again runs it again.
for (let i = 0; i < 2; i++) {
  try {
    require('./_throws');
  } catch (e) {
    console.log('caught', e.message);
  }
}
