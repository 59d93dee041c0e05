// A JSON object as a statement: `{` opens a block.
{"a": 1}
