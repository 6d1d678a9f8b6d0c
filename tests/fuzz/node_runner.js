// Runs transpiled fuzz programs in V8 (node), the engine of Chromium: one JSON request per stdin line
// {prelude, js, args, mask}, one JSON outcome per stdout line, each program in a fresh vm context.
'use strict';
const vm = require('vm');
const readline = require('readline');

const rl = readline.createInterface({ input: process.stdin, terminal: false });
rl.on('line', (line) => {
  let out;
  try {
    const req = JSON.parse(line);
    const ctx = vm.createContext({});
    vm.runInContext(req.prelude, ctx, { timeout: 5000 });
    vm.runInContext(req.js, ctx, { timeout: 5000 });
    ctx.__args = JSON.stringify(req.args);
    ctx.__mask = req.mask;
    const r = vm.runInContext('__run(window.dash_clientside.fz.f, __args, __mask)', ctx, { timeout: 5000 });
    out = JSON.parse(r);
    out.limits = vm.runInContext('globalThis.__py2cs_limits', ctx);
  } catch (e) {
    out = { err: ['JSException', String(e && e.message)] };
  }
  process.stdout.write(JSON.stringify(out) + '\n');
});
