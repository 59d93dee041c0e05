// "Don't block the event loop": the un-partitioned average. Note the guide's loop sums 0..n-1, unlike the partitioned version (1..n).
const n = 100;
let sum = 0;
for (let i = 0; i < n; i++) {
  sum += i;
}

const avg = sum / n;
console.log('avg: ' + avg);
