// Throwing null: stderr shows the source line and `null`, exit 1.
throw null;
