setTimeout(function tick() {
  const user = undefined;
  console.log(user.name);
}, 1);
