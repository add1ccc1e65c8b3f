#!/usr/bin/env node
// The `shiftwatch` command: loads the TypeScript CLI through tsx, so the checkout runs
// as-is with no build step (`npx shiftwatch ...`, `npm start`).
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
const { register } = await import('tsx/esm/api');
register();
const { main } = await import('../cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
