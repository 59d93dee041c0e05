// A break naming a label no statement has.
outer: for (let i = 0; i < 2; i++) {
  for (let j = 0; j < 2; j++) {
    if (j) break inner;
  }
}
