#!/usr/bin/env node
// The `shiftwatch` command: loads the TypeScript CLI through tsx, so the checkout runs
// as-is with no build step (`npx shiftwatch ...`, `npm start`).
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
// A reader that stops early (`shiftwatch analyze a.txt | head -3`) closes the pipe: stop quietly, as other
// command-line tools do, instead of dying with a stack trace on EPIPE.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(0);
  process.stderr.write(`shiftwatch: cannot write output (${error.code ?? error.message})\n`);
  process.exit(1);
});
const { register } = await import('tsx/esm/api');
register();
const { main } = await import('../cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
