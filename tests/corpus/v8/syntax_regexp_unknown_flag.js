// A regular expression literal with an unknown flag.
const r = /a/x;
