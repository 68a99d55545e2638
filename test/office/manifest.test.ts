/** The manifest's Outlook reach (#11 item 6): phones (read surface), shared mailboxes, least privilege. */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';

const ROOT = path.resolve(__dirname, '../..');
const xml = readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');

interface Node {
  [key: string]: Node | Node[] | string | undefined;
}
const tree = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', removeNSPrefix: true }).parse(xml) as Node;
const pick = (n: Node | undefined, ...keys: string[]): Node | undefined =>
  keys.reduce<Node | undefined>((at, k) => {
    const v = at?.[k];
    return Array.isArray(v) ? v[0] : typeof v === 'object' ? v : undefined;
  }, n);
/** An attribute or text value as a string (the parser gives numbers and booleans for some). */
const str = (v: unknown): string => (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? String(v) : '');
const v11Host = pick(tree, 'OfficeApp', 'VersionOverrides', 'VersionOverrides', 'Hosts', 'Host');

describe('manifest', () => {
  test('permission stays at ReadWriteItem or below', () => {
    expect(['Restricted', 'ReadItem', 'ReadWriteItem']).toContain(pick(tree, 'OfficeApp')?.Permissions);
  });

  test('shared and delegate mailboxes are supported (VersionOverrides 1.1, first in DesktopFormFactor)', () => {
    const desktop = pick(v11Host, 'DesktopFormFactor');
    expect(str(desktop?.SupportsSharedFolders)).toBe('true');
    expect(Object.keys(desktop ?? {})[0]).toBe('SupportsSharedFolders');
  });

  test('phones get the read surface only, with the nine mobile icons, each file present', () => {
    const mobile = pick(v11Host, 'MobileFormFactor');
    const point = pick(mobile, 'ExtensionPoint');
    expect(point?.['@type']).toBe('MobileMessageReadCommandSurface');
    expect(xml).not.toContain('MobileMessageComposeCommandSurface');
    const control = pick(point, 'Group', 'Control');
    expect(control?.['@type']).toBe('MobileButton');
    const images = (pick(control, 'Icon')?.Image ?? []) as Node[];
    const pairs = images.map((i) => `${str(i['@size'])}x${str(i['@scale'])}`).sort();
    expect(pairs).toEqual(['25x1', '25x2', '25x3', '32x1', '32x2', '32x3', '48x1', '48x2', '48x3']);
    for (const i of images) {
      const url = new RegExp(`<bt:Image id="${str(i['@resid']).replace('.', '\\.')}" DefaultValue="https://localhost:3000/([^"]+)"`).exec(
        xml,
      )?.[1];
      expect(url).toBeDefined();
      expect(existsSync(path.join(ROOT, url ?? 'missing'))).toBe(true);
    }
  });
});
