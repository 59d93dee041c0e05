// A \x escape without two hex digits.
const s = '\xZ';
