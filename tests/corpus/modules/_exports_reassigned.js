// Helper: reassigning `exports` does not export anything; module.exports does.
exports = { lost: true };
module.exports.kept = true;
