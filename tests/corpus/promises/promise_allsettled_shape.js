// Promise.allSettled reports each outcome as {status, value} or {status, reason}.
Promise.allSettled([Promise.resolve(1), Promise.reject('no'), 3]).then((results) => {
  for (const r of results) console.log(JSON.stringify(r));
});
