// A regular expression literal with a flag twice.
const r = /a/gg;
