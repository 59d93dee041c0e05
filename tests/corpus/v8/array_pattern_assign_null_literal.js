let q;
[q] = null;
