// A \u{...} escape with letters that are not hex digits.
const s = '\u{zz}';
