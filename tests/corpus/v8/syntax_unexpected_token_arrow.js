// An arrow on a new line after its parameters.
const f = (a, b)
  => a + b;
