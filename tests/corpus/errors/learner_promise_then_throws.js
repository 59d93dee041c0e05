Promise.resolve({ items: null }).then((res) => {
  return res.items.map((i) => i * 2);
});
