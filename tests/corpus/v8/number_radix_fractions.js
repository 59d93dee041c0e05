const vals = [0.1, 0.5, 1 / 3, 2 / 3, 1e-10, 123.125, Math.PI, -Math.E, 1e21 + 0.5, 5e-324, 0.0001];
for (const r of [2, 3, 7, 8, 16, 36]) console.log(r, vals.map((v) => v.toString(r)).join(' '));
