// `npm start`: builds, then serves the demo article on http://127.0.0.1:8000/demo/ (PORT or --port to change).
// The demo loads dist/cdn/mg-widgets.js with one script tag, as a publisher would.
import { spawnSync } from 'node:child_process';
import { serve } from './lib/serve.mjs';

const args = process.argv.slice(2);
const portFlag = args.indexOf('--port');
const port = Number(portFlag >= 0 ? args[portFlag + 1] : process.env.PORT ?? 8000);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`Not a valid port: ${port}`);
  process.exit(1);
}

if (!args.includes('--no-build')) {
  const build = spawnSync('node', ['scripts/build.mjs'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

try {
  const server = await serve('.', { port, compress: 'br', redirects: { '/': '/demo/' } });
  console.log(`\nDemo article: ${server.url}/demo/\nPress Ctrl+C to stop.`);
} catch (error) {
  if (error.code === 'EADDRINUSE') {
    console.error(`Port ${port} is in use. Try: PORT=8001 npm start`);
    process.exit(1);
  }
  throw error;
}
