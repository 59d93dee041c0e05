// Non-ASCII text is printed as is.
console.log(['héllo', 'wörld ✓', '日本語', 'emoji 😀']);
