// An array literal that is not closed before `;`.
const a = [1, 2;
