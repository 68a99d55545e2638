/**
 * The tests' Outlook: the one simulated Outlook of the playground (src/playground/office-stub.ts),
 * wrapped in office-addin-mock (host "outlook") and installed as the `Office` global.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { OfficeMockObject } from 'office-addin-mock';
import { createSimulatedOutlook } from '../../src/playground/office-stub';
import type { SimOptions, SimRecord, SimulatedOutlook } from '../../src/playground/office-stub';

export const SAMPLES = path.resolve(__dirname, '../../assets/samples');
export const sample = (name: string): string => readFileSync(path.join(SAMPLES, name), 'utf8');

export interface MockOptions extends Omit<SimOptions, 'fail'> {
  /** Make getAsFileAsync fail (as it does on some items, error 9020). */
  readonly fileFails?: boolean;
  readonly fail?: SimOptions['fail'];
}

/** What the pane asked Outlook to do (kept under the name the tests used before). */
export type Calls = SimRecord;

export interface InstalledMock {
  readonly calls: Calls;
  readonly sim: SimulatedOutlook;
  readonly mock: { context: { mailbox: { item: unknown } } };
}

export function installOutlookMock(o: MockOptions): InstalledMock {
  const fail = { ...(o.fail ?? {}), ...(o.fileFails === true ? { getAsFileAsync: 'Generic error' } : {}) };
  const sim = createSimulatedOutlook({ ...o, fail, itemThrows: false });
  const data = sim.office as { context: { mailbox: Record<string, unknown> } };
  // office-addin-mock cannot hold a null in its data: an empty item stands in until it is built.
  const mailbox = { ...data.context.mailbox, item: data.context.mailbox.item ?? {} };
  const mock = new OfficeMockObject({ host: 'outlook', ...sim.office, context: { ...data.context, mailbox } }) as unknown as {
    context: { mailbox: { item: unknown } };
  };
  if (o.mode === 'none') mock.context.mailbox.item = null;
  if (o.itemThrows === true) {
    Object.defineProperty(mock.context.mailbox, 'item', {
      get: () => {
        throw new Error('This item cannot be accessed.');
      },
    });
  }
  (globalThis as { Office?: unknown }).Office = mock;
  return { calls: sim.record, sim, mock };
}

/** A fetch that serves only config.json, as the add-in's own origin would. */
export const configFetch =
  (helpdesk: string | null): typeof fetch =>
  (url: RequestInfo | URL) => {
    const href = typeof url === 'string' ? url : 'href' in url ? url.href : url.url;
    if (href.endsWith('config.json') && helpdesk !== null)
      return Promise.resolve({ ok: true, json: () => Promise.resolve({ helpdesk }) } as Response);
    return Promise.resolve({ ok: false, json: () => Promise.resolve({}) } as Response);
  };
