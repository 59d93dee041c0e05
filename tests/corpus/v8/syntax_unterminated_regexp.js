// A regular expression literal that never closes.
const r = /abc
