// -0 prints as -0 in inspect and console.log, but String(-0) is 0.
console.log(-0, [-0], { z: -0 }, String(-0), `${-0}`);
