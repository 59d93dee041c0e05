// Helper (forked): reports its pid and ppid.
process.send({ pid: process.pid, ppid: process.ppid });
