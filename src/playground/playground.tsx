/**
 * The local playground: the real task pane, with a simulated Outlook and sample bounces.
 * URL parameters: ?sample=<name> (a file in samples/), ?eml=<same-origin URL of an .eml>,
 * ?mode=read|compose|restricted|none, ?forward=inline|attachment (compose mode; inline is Outlook's
 * default), ?body=html|text (compose: the draft's body type), ?client=web|new|classic|mac|mobile|old,
 * ?helpdesk=<address>, ?theme=dark, ?lang=<BCP 47 tag> (Outlook's display language, e.g. de-AT, ja, en-XA, ar-XB),
 * ?width=<px> (any width, e.g. 160 for a 320 px pane at 200 % zoom), ?latency=<ms> (every Outlook
 * callback answers that much later), ?fail=<api>[,<api>] or ?fail=all (those Outlook calls fail).
 */
import { Button, FluentProvider, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { ReactElement } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '../taskpane/App';
import { warmEngine } from '../taskpane/engine-client';
import { paneTranslator } from '../taskpane/language';
import type { Translator } from '../taskpane/strings';
import { prefersDark, watchTheme } from '../office';
import { installOfficeStub } from './office-stub';
import { simFailures } from './office-stub';
import type { Draft, SimClient, Stub } from './office-stub';
import { failParam, numberParam } from './params';

(globalThis as { __BOUNCE_PLAYGROUND__?: boolean }).__BOUNCE_PLAYGROUND__ = true;

declare const SAMPLES: readonly string[];

interface Preset {
  readonly label: string;
  readonly query: string;
}

const PRESETS: readonly Preset[] = [
  { label: '5.7.367 relay pool (Microsoft 365)', query: 'sample=ms-5.7.367-relay-pool.eml' },
  { label: '5.1.10 recipient not found', query: 'sample=ms-5.1.10-recipient-not-found.eml' },
  { label: 'Mailbox full (Postfix)', query: 'sample=postfix-mailbox-full.eml' },
  { label: 'Gmail 5.7.26 DMARC', query: 'sample=gmail-5.7.26-dmarc.eml' },
  { label: '4.4.7 delay (Exchange)', query: 'sample=exchange-4.4.7-delay.eml' },
  { label: 'Forged sender (backscatter)', query: 'sample=backscatter-forged-sender.eml' },
  { label: 'Misspelt domain (gmial.com)', query: 'sample=misspelt-gmial.eml' },
  { label: 'Stale Outlook address (IMCEAEX)', query: 'sample=stale-imceaex.eml' },
  { label: 'Restricted item (new Outlook)', query: 'sample=ms-5.7.367-relay-pool.eml&mode=restricted' },
  { label: 'Forward of a bounce (compose, inline)', query: 'sample=ms-5.7.367-relay-pool.eml&mode=compose' },
  { label: 'Forward as attachment (compose)', query: 'sample=ms-5.1.10-recipient-not-found.eml&mode=compose&forward=attachment' },
  { label: 'Plain-text Forward, classic Outlook', query: 'sample=postfix-mailbox-full.eml&mode=compose&client=classic' },
  { label: 'Forward, body as HTML (compose)', query: 'sample=ms-5.1.10-recipient-not-found.eml&mode=compose&body=html' },
  { label: 'Forward as text (classic Outlook)', query: 'sample=forward-en-5.1.1-classic.fwd.txt' },
  { label: 'Forward as HTML (new Outlook, German)', query: 'sample=forward-de-5.2.2-new-outlook.fwd.html' },
  { label: 'Pasted NDR (Italian)', query: 'sample=paste-it-5.7.1-restricted-group.paste.txt' },
  { label: 'Pasted NDR (Dutch, new layout)', query: 'sample=paste-nl-5.1.10-not-found.paste.txt' },
  { label: 'Mobile (no compose forms)', query: 'sample=postfix-mailbox-full.eml&client=mobile' },
  { label: 'Three recipients, three causes', query: 'sample=postfix-three-recipients.eml' },
  { label: 'Slow Outlook (10 s per call)', query: 'sample=ms-5.7.367-relay-pool.eml&latency=10000' },
  { label: 'Failing Outlook (every call)', query: 'sample=ms-5.7.367-relay-pool.eml&fail=all' },
  { label: 'No message selected', query: 'mode=none' },
];

function sameOrigin(url: string): string | null {
  try {
    const u = new URL(url, window.location.href);
    return u.origin === window.location.origin ? u.href : null;
  } catch {
    return null;
  }
}

async function loadEml(params: URLSearchParams): Promise<{ eml: string | null; name: string; error: string | null }> {
  const explicit = params.get('eml');
  const sample = params.get('sample') ?? (explicit === null ? 'ms-5.7.367-relay-pool.eml' : null);
  const url = explicit !== null ? sameOrigin(explicit) : sample !== null && SAMPLES.includes(sample) ? `samples/${sample}` : null;
  if (url === null) return { eml: null, name: 'none', error: explicit !== null ? 'Only same-origin ?eml= URLs are loaded.' : null };
  const res = await fetch(url, { credentials: 'same-origin' });
  if (!res.ok) return { eml: null, name: 'none', error: `Could not load ${url} (${res.status}).` };
  return { eml: await res.text(), name: (explicit ?? sample ?? 'message').split('/').pop() ?? 'message', error: null };
}

function htmlToPlain(html: string): string {
  // DOMParser never runs scripts; the report HTML is ours and escaped anyway.
  const doc = new DOMParser().parseFromString(html, 'text/html');
  doc.querySelectorAll('p, h3, pre, div, hr, br').forEach((el) => el.append('\n'));
  return (doc.body.textContent ?? '').replace(/\n{3,}/g, '\n\n').trim();
}

function DraftView(props: { readonly draft: Draft | null }): ReactElement {
  const d = props.draft;
  return (
    <section data-testid="draft" aria-label="Simulated Outlook draft" style={{ border: '1px solid #8a8886', padding: 8, minHeight: 60 }}>
      <h2 style={{ fontSize: 14, margin: '0 0 6px' }}>
        Draft in the simulated Outlook{' '}
        {d === null ? '(none yet)' : `(${d.via === 'compose' ? 'this Forward, edited' : 'new message form'})`}
      </h2>
      {d !== null && (
        <>
          <div data-testid="draft-to">To: {d.to.join('; ')}</div>
          <div data-testid="draft-subject">Subject: {d.subject}</div>
          <div>Attachments: {d.attachments.join(', ') || 'none'}</div>
          <pre data-testid="draft-body" style={{ whiteSpace: 'pre-wrap', fontSize: 12 }}>
            {htmlToPlain(d.htmlBody)}
          </pre>
        </>
      )}
    </section>
  );
}

function Playground(props: {
  readonly t: Translator;
  readonly stub: Stub;
  readonly search: string;
  readonly width: number;
  readonly dark: boolean;
  readonly error: string | null;
  readonly subscribe: (f: (d: Draft) => void) => void;
}): ReactElement {
  const [draft, setDraft] = useState<Draft | null>(null);
  const [width, setWidth] = useState(props.width);
  const [selection, setSelection] = useState(props.stub.sim.outlookSelection());
  // The pane follows Outlook's theme as it does inside Outlook (OfficeThemeChanged).
  const [dark, setDark] = useState(props.dark);
  useEffect(() => watchTheme(setDark), []);
  props.subscribe(setDraft);
  const dialogs = props.stub.sim.record.hostDialogs;
  const go = (query: string): void => {
    const keep = new URLSearchParams(window.location.search);
    const next = new URLSearchParams(query);
    for (const k of ['helpdesk', 'theme', 'width', 'latency', 'fail', 'lang'])
      if (keep.has(k) && !next.has(k)) next.set(k, keep.get(k) ?? '');
    window.location.search = next.toString();
  };
  return (
    <FluentProvider theme={webLightTheme}>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 16, padding: 12, fontFamily: 'Segoe UI, Arial, sans-serif' }}>
        <nav aria-label="Playground controls" style={{ flex: '1 1 260px', maxWidth: 420 }}>
          <h1 style={{ fontSize: 18, margin: '0 0 8px' }}>Bounce Explainer playground</h1>
          <p style={{ fontSize: 13, margin: '0 0 8px' }}>The real task pane with a simulated Outlook. Pick a sample:</p>
          <label htmlFor="preset" style={{ fontSize: 13 }}>
            Sample bounce
          </label>
          <select
            id="preset"
            data-testid="preset"
            style={{ display: 'block', width: '100%', margin: '4px 0 8px' }}
            value=""
            onChange={(e) => go(e.target.value)}
          >
            <option value="">Choose a sample…</option>
            {PRESETS.map((p) => (
              <option key={p.query} value={p.query}>
                {p.label}
              </option>
            ))}
          </select>
          <div style={{ display: 'flex', gap: 8, margin: '0 0 8px' }}>
            <Button size="small" onClick={() => setWidth(320)}>
              320 px
            </Button>
            <Button size="small" onClick={() => setWidth(500)}>
              500 px
            </Button>
            <Button
              size="small"
              onClick={() => {
                props.stub.selectOtherSilently();
                setSelection(props.stub.sim.outlookSelection());
              }}
            >
              Select another message (no event)
            </Button>
            <Button size="small" onClick={() => props.stub.sim.changeTheme(!(prefersDark() ?? dark))} data-testid="switch-theme">
              Switch Outlook theme
            </Button>
          </div>
          <p style={{ fontSize: 13, margin: '0 0 8px' }} data-testid="outlook-selection">
            Selected in Outlook: {selection || '(nothing)'}
          </p>
          {dialogs.length > 0 && (
            <p role="note" style={{ fontSize: 13, margin: '0 0 8px' }} data-testid="host-dialog">
              Outlook showed its &ldquo;{dialogs.join(', ')}&rdquo; dialog before opening the pane; after it, the item is readable.
            </p>
          )}
          {props.error !== null && <p role="alert">{props.error}</p>}
          <DraftView draft={draft} />
        </nav>
        <div data-testid="pane" style={{ width, border: '1px solid #8a8886', flex: '0 0 auto' }}>
          <FluentProvider theme={dark ? webDarkTheme : webLightTheme} dir={props.t.dir} lang={props.t.locale} data-testid="pane-root">
            <App t={props.t} search={props.search} />
          </FluentProvider>
        </div>
      </div>
    </FluentProvider>
  );
}

async function start(): Promise<void> {
  // As the real pane does (src/taskpane/index.tsx): the engine's worker starts with the page.
  warmEngine();
  const params = new URLSearchParams(window.location.search);
  const { eml, name, error } = await loadEml(params);
  const client = params.get('client');
  const listeners: Array<(d: Draft) => void> = [];
  const mode = (['read', 'compose', 'restricted', 'none'] as const).find((m) => m === params.get('mode')) ?? 'read';
  const clients: readonly SimClient[] = ['web', 'new', 'classic', 'mac', 'mobile', 'old'];
  const stub = await installOfficeStub(
    {
      mode: mode,
      eml,
      name,
      client: clients.find((c) => c === client) ?? 'web',
      forward: params.get('forward') === 'attachment' ? 'attachment' : 'inline',
      dark: params.get('theme') === 'dark',
      user: 'alex@contoso.example',
      ...(params.get('lang') !== null ? { displayLanguage: params.get('lang') ?? '' } : {}),
      latencyMs: numberParam(params, 'latency', 0, 0, 120000),
      fail: simFailures(failParam(params)),
      ...(params.get('body') === 'html'
        ? { composeBodyType: 'html' as const }
        : params.get('body') === 'text'
          ? { composeBodyType: 'text' as const }
          : {}),
    },
    (d) => listeners.forEach((f) => f(d)),
  );
  // As inside Outlook: the pane speaks Office.context.displayLanguage (here the simulated one, from
  // ?lang=), loading only that language. One translator for the page: the pane must not see a new
  // one on every playground render.
  const t = await paneTranslator();
  const root = document.getElementById('root');
  if (root === null) return;
  createRoot(root).render(
    <Playground
      t={t}
      stub={stub}
      search={window.location.search}
      width={numberParam(params, 'width', 320, 100, 2000)}
      dark={params.get('theme') === 'dark'}
      error={error}
      subscribe={(f) => {
        listeners.length = 0;
        listeners.push(f);
      }}
    />,
  );
}

void start();
