// The same label twice.
foo: foo: 1;
