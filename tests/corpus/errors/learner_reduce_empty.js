const sum = [].reduce((a, b) => a + b);
