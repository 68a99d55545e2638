// npm start: build everything, serve dist/ on localhost and print where to look. With development
// certificates (office-addin-dev-certs) it also serves HTTPS on port 3000 for sideloading.
import { execSync } from 'node:child_process';
import { createRequire } from 'node:module';

const { serve } = createRequire(import.meta.url)('./serve.cjs');

execSync('npx webpack --mode production', { stdio: 'inherit' });
const port = Number(process.env.PORT ?? 8080);
const { httpUrl, httpsUrl } = await serve('dist', { httpPort: port });
console.log('');
console.log(`Playground (the real task pane with a simulated Outlook and sample bounces):`);
console.log(`  ${httpUrl}playground.html`);
console.log(`  e.g. ${httpUrl}playground.html?sample=ms-5.7.367-relay-pool.eml`);
if (httpsUrl !== null) {
  console.log(`HTTPS for sideloading into Outlook: ${httpsUrl}taskpane.html (manifest: ${httpsUrl}manifest.xml)`);
} else {
  console.log('HTTPS for sideloading: no development certificates found (see README, "Sideloading").');
}
console.log('Press Ctrl+C to stop.');
