/**
 * The helpdesk address: the user's own choice (roamingSettings, per user) wins over the pane URL's
 * `helpdesk` parameter, which wins over the organisation default in `config.json` beside the pane.
 */
import { office } from './host';
import { officeCall, withTimeout } from './timeout';

export type HelpdeskSource = 'user' | 'url' | 'config' | 'none';

export interface Helpdesk {
  readonly address: string | null;
  readonly source: HelpdeskSource;
}

const KEY = 'helpdeskAddress';
const PLAIN_ADDRESS = /^[^\s@<>"]{1,64}@[^\s@<>"]{1,253}$/;

export function isAddress(value: string): boolean {
  return PLAIN_ADDRESS.test(value.trim());
}

function roaming(): Office.RoamingSettings | null {
  try {
    return office()?.context?.roamingSettings ?? null;
  } catch {
    return null;
  }
}

export function userHelpdesk(): string | null {
  const v: unknown = roaming()?.get(KEY);
  return typeof v === 'string' && isAddress(v) ? v : null;
}

export function urlHelpdesk(search: string): string | null {
  const v = new URLSearchParams(search).get('helpdesk');
  return v !== null && isAddress(v) ? v.trim() : null;
}

/** The organisation default from `config.json` served beside the pane (same origin only). */
export async function configHelpdesk(fetcher: typeof fetch = fetch, url = 'config.json'): Promise<string | null> {
  try {
    const res = await withTimeout('config.json', fetcher(url, { cache: 'no-store', credentials: 'same-origin' }), 4000);
    if (!res.ok) return null;
    const json = (await res.json()) as { helpdesk?: unknown };
    return typeof json.helpdesk === 'string' && isAddress(json.helpdesk) ? json.helpdesk.trim() : null;
  } catch {
    return null;
  }
}

export async function resolveHelpdesk(search: string, fetcher?: typeof fetch): Promise<Helpdesk> {
  const user = userHelpdesk();
  if (user !== null) return { address: user, source: 'user' };
  const fromUrl = urlHelpdesk(search);
  if (fromUrl !== null) return { address: fromUrl, source: 'url' };
  const fromConfig = await configHelpdesk(fetcher);
  if (fromConfig !== null) return { address: fromConfig, source: 'config' };
  return { address: null, source: 'none' };
}

/** Saves (or, with null, removes) the user's own helpdesk address in their mailbox settings. */
export async function saveUserHelpdesk(address: string | null): Promise<boolean> {
  const rs = roaming();
  if (rs === null) return false;
  if (address === null) rs.remove(KEY);
  else rs.set(KEY, address.trim());
  try {
    await officeCall<void>('roamingSettings.saveAsync', (cb) => rs.saveAsync(cb));
    return true;
  } catch {
    return false;
  }
}
