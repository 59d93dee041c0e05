// A tagged template on an optional chain.
a?.b`x`;
