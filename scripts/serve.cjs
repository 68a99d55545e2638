// A small static file server for dist/: plain HTTP for the playground, HTTPS for sideloading when
// development certificates exist. Only files under dist/ are served; nothing is proxied.
'use strict';
const { createServer: createHttp } = require('node:http');
const { createServer: createHttps } = require('node:https');
const { existsSync, readFileSync, statSync, createReadStream } = require('node:fs');
const path = require('node:path');
const os = require('node:os');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.xml': 'application/xml',
  '.eml': 'message/rfc822',
  '.map': 'application/json',
  '.txt': 'text/plain',
};

function handler(root) {
  const base = path.resolve(root);
  return (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let file = path.resolve(base, `.${decodeURIComponent(url.pathname)}`);
    if (!file.startsWith(base)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'playground.html');
    if (!existsSync(file)) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, {
      'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
    });
    createReadStream(file).pipe(res);
  };
}

function devCertificates() {
  const dir = process.env.DEV_CERTS_DIR ?? path.join(os.homedir(), '.office-addin-dev-certs');
  const cert = path.join(dir, 'localhost.crt');
  const key = path.join(dir, 'localhost.key');
  return existsSync(cert) && existsSync(key) ? { cert: readFileSync(cert), key: readFileSync(key) } : null;
}

/** Starts the HTTP server (and HTTPS when certificates exist); resolves to their URLs. */
function serve(root, { httpPort = 8080, httpsPort = 3000, host = '127.0.0.1' } = {}) {
  const h = handler(root);
  const servers = [];
  const started = [];
  const http = createHttp(h);
  servers.push(http);
  started.push(
    new Promise((resolve, reject) => {
      http.once('error', reject);
      http.listen(httpPort, host, () => resolve(`http://localhost:${http.address().port}/`));
    }),
  );
  const certs = devCertificates();
  if (certs !== null) {
    const https = createHttps(certs, h);
    servers.push(https);
    started.push(
      new Promise((resolve) => {
        https.once('error', () => resolve(null));
        https.listen(httpsPort, host, () => resolve(`https://localhost:${https.address().port}/`));
      }),
    );
  }
  return Promise.all(started).then(([httpUrl, httpsUrl]) => ({
    httpUrl,
    httpsUrl: httpsUrl ?? null,
    close: () => Promise.all(servers.map((s) => new Promise((r) => s.close(r)))),
  }));
}

module.exports = { handler, devCertificates, serve };
