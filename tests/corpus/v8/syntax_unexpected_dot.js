// A lone `.` in an array literal.
const a = [1, 2,, .];
