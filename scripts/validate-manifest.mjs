// npm run validate: offline checks of manifest.xml, then Microsoft's online validator when the
// network allows. Offline: well-formed XML; required elements present and in schema order; ids and
// resource ids unique per VersionOverrides; every resid resolves; every URL is HTTPS on one origin;
// every icon file exists in assets/; the permission is no higher than ReadWriteItem.
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { XMLParser, XMLValidator } from 'fast-xml-parser';

const file = process.argv[2] ?? 'manifest.xml';
const xml = readFileSync(file, 'utf8');
const problems = [];
const fail = (msg) => problems.push(msg);

const valid = XMLValidator.validate(xml);
if (valid !== true) {
  console.error(`manifest: not well-formed: ${valid.err.msg} (line ${valid.err.line})`);
  process.exit(1);
}

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', preserveOrder: true, removeNSPrefix: true });
const tree = parser.parse(xml);

/** Children of an ordered node as [name, node] pairs, comments and text skipped. */
const kids = (node) =>
  (Array.isArray(node) ? node : []).flatMap((n) =>
    Object.keys(n)
      .filter((k) => k !== ':@' && k !== '#text' && k !== '#comment')
      .map((k) => [k, n[k], n[':@'] ?? {}]),
  );
const root = kids(tree).find(([k]) => k === 'OfficeApp');
if (root === undefined) {
  console.error('manifest: no OfficeApp root');
  process.exit(1);
}
const [, rootChildren, rootAttrs] = root;
if (rootAttrs['@type'] !== 'MailApp') fail('OfficeApp must have xsi:type="MailApp"');

// Schema order of OfficeApp's children for a MailApp (MS-OWEMXML); * = required.
const ORDER = [
  'Id*',
  'AlternateId',
  'Version*',
  'ProviderName*',
  'DefaultLocale*',
  'DisplayName*',
  'Description*',
  'IconUrl*',
  'HighResolutionIconUrl',
  'SupportUrl',
  'AppDomains',
  'Hosts*',
  'Requirements*',
  'FormSettings*',
  'Permissions*',
  'Rule*',
  'DisableEntityHighlighting',
  'VersionOverrides',
];
const names = ORDER.map((n) => n.replace('*', ''));
const present = kids(rootChildren).map(([k]) => k);
for (const n of ORDER.filter((x) => x.endsWith('*')))
  if (!present.includes(n.slice(0, -1))) fail(`missing required element <${n.slice(0, -1)}>`);
let last = -1;
for (const k of present) {
  const i = names.indexOf(k);
  if (i < 0) fail(`unexpected element <${k}> under OfficeApp`);
  else if (i < last) fail(`<${k}> is out of schema order`);
  else last = i;
}

const text = (node) => (kids(node).length === 0 ? (Array.isArray(node) ? node.map((n) => n['#text'] ?? '').join('') : '') : '');
const permission = String(text(kids(rootChildren).find(([k]) => k === 'Permissions')?.[1] ?? [])).trim();
const ALLOWED = ['Restricted', 'ReadItem', 'ReadWriteItem'];
if (!ALLOWED.includes(permission)) fail(`permission "${permission}" is higher than ReadWriteItem or unknown`);

const minVersion = /<Set\s+Name="Mailbox"\s+MinVersion="([\d.]+)"/.exec(xml)?.[1];
if (minVersion === undefined) fail('no Mailbox MinVersion in <Requirements>');

// ids and resids, per VersionOverrides scope (the nested V1_1 has its own resources)
function walk(node, visit, scope) {
  for (const [k, child, attrs] of kids(node)) {
    const next = k === 'VersionOverrides' ? { ids: new Set(), resIds: new Map(), resids: [], type: attrs['@type'] } : scope;
    if (next !== scope && scope !== null) scope.children = [...(scope.children ?? []), next];
    visit(k, attrs, next);
    walk(child, visit, next);
    if (next !== scope) scopes.push(next);
  }
}
const scopes = [];
const urls = [];
walk(
  rootChildren,
  (k, attrs, scope) => {
    for (const [a, v] of Object.entries(attrs)) {
      if (a === '@DefaultValue' && /^https?:/i.test(v)) urls.push(v);
      if (scope === null) continue;
      if (a === '@id') {
        const isResource = ['Image', 'Url', 'String'].includes(k);
        if (isResource) {
          if (scope.resIds.has(v)) fail(`resource id "${v}" is defined twice in ${scope.type}`);
          scope.resIds.set(v, k);
        } else if (v !== 'TabDefault') {
          if (scope.ids.has(v)) fail(`id "${v}" is used twice in ${scope.type}`);
          scope.ids.add(v);
        }
      }
      if (a === '@resid') scope.resids.push(v);
    }
  },
  null,
);
for (const s of scopes) for (const r of s.resids) if (!s.resIds.has(r)) fail(`resid "${r}" in ${s.type} has no resource`);
if (scopes.length === 0) fail('no <VersionOverrides>: the add-in would have no buttons');

// URLs: HTTPS, one origin; icons exist
const origins = new Set();
for (const u of urls) {
  let parsed;
  try {
    parsed = new URL(u);
  } catch {
    fail(`not a URL: ${u}`);
    continue;
  }
  if (parsed.protocol !== 'https:') fail(`URL must be HTTPS: ${u}`);
  origins.add(parsed.origin);
  if (/\.png$/i.test(parsed.pathname)) {
    const local = path.join('.', parsed.pathname.replace(/^\//, ''));
    if (!existsSync(local)) fail(`icon file missing: ${local} (for ${u})`);
  }
}
const appDomains = [...xml.matchAll(/<AppDomain>([^<]+)<\/AppDomain>/g)].map((m) => m[1]);
if (origins.size > 1) fail(`URLs use several origins: ${[...origins].join(', ')}`);
for (const o of origins) if (!appDomains.includes(o)) fail(`origin ${o} is not listed in <AppDomains>`);
for (const size of ['16', '32', '80']) if (!new RegExp(`<bt:Image size="${size}"`).test(xml)) fail(`no ${size} px button icon`);
for (const surface of ['MessageReadCommandSurface', 'MessageComposeCommandSurface'])
  if (!xml.includes(surface)) fail(`no ${surface} extension point`);
if (!/<SupportsPinning>true<\/SupportsPinning>/.test(xml)) fail('the task pane is not pinnable (SupportsPinning in VersionOverrides V1_1)');

if (problems.length > 0) {
  for (const p of problems) console.error(`manifest: ${p}`);
  process.exit(1);
}
console.log(
  `manifest: offline checks passed (${present.length} top-level elements, ${scopes.length} VersionOverrides, ${urls.length} URLs, permission ${permission}, Mailbox ${minVersion})`,
);

// Microsoft's validator posts the manifest to an online service; without a network it cannot run.
if (process.env.SKIP_ONLINE_VALIDATION !== '1') {
  const bin = path.join('node_modules', '.bin', 'office-addin-manifest');
  const r = spawnSync(bin, ['validate', file], { encoding: 'utf8', timeout: 60000 });
  const out = `${r.stdout ?? ''}${r.stderr ?? ''}`;
  if (/Unable to contact|ENOTFOUND|EAI_AGAIN|ECONNREFUSED|fetch failed|network/i.test(out) || r.error !== undefined) {
    console.log('manifest: online validation skipped (no network to the Office validation service)');
  } else if (r.status !== 0 || /is not valid/i.test(out)) {
    console.error(out);
    process.exit(1);
  } else {
    console.log('manifest: online validation passed');
  }
}
