// An error inside eval code: Node reports it under <anonymous_script>.
const code = 'x.y';
eval(code);
