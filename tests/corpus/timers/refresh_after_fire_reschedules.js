// Calling refresh() on a timer that already fired schedules it again.
let runs = 0;
const t = setTimeout(() => {
  runs++;
  console.log('run', runs);
  if (runs < 3) t.refresh();
}, 1);
