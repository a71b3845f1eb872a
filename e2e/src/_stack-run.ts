import { startStack } from '/work/main/e2e/src/stack.ts';
const stack = await startStack(4400);
console.log('READY', stack.adminUrl);
process.on('SIGTERM', () => {
  void stack.stop().then(() => process.exit(0));
});
setInterval(() => undefined, 1 << 30);
