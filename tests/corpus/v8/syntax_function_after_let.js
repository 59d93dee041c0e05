let handler = null;
function handler() {}
