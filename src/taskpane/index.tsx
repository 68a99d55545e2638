/** Entry point inside Outlook: wait for Office, pick the theme and language, mount the pane. */
import { FluentProvider, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { ReactElement } from 'react';
import { createRoot } from 'react-dom/client';
import { office, prefersDark, watchTheme } from '../office';
import { App } from './App';
import { warmEngine } from './engine-client';
import { paneTranslator } from './language';
import type { Translator } from './strings';

/** The pane inside Fluent's provider, in the Office theme, following theme changes; its root carries the language. */
export function Root(props: { readonly t: Translator; readonly search: string }): ReactElement {
  const [dark, setDark] = useState(prefersDark() === true);
  useEffect(() => watchTheme(setDark), []);
  return (
    <FluentProvider
      theme={dark ? webDarkTheme : webLightTheme}
      style={{ minHeight: '100vh' }}
      dir={props.t.dir}
      lang={props.t.locale}
      data-testid="pane-root"
    >
      <App t={props.t} search={props.search} />
    </FluentProvider>
  );
}

export async function mount(element: HTMLElement, search: string): Promise<void> {
  const t = await paneTranslator();
  document.documentElement.lang = t.locale;
  document.documentElement.dir = t.dir;
  // The static splash of taskpane.html gives way to the pane.
  document.getElementById('splash')?.remove();
  createRoot(element).render(<Root t={t} search={search} />);
}

function start(): void {
  const el = document.getElementById('root');
  if (el === null) return;
  // The engine's worker starts now, in parallel with Office.onReady and the item read: by the time
  // the message is in hand its script is compiled and the engine has run once.
  warmEngine();
  const o = office();
  // Outside Outlook (or with office.js blocked) onReady never fires: mount anyway after a moment,
  // so paste and file input still work.
  let mounted = false;
  const go = (): void => {
    if (mounted) return;
    mounted = true;
    void mount(el, window.location.search);
  };
  if (o !== null && typeof o.onReady === 'function') void o.onReady().then(go);
  setTimeout(go, 3000);
}

if (
  typeof document !== 'undefined' &&
  document.getElementById('root') !== null &&
  (globalThis as { __BOUNCE_PLAYGROUND__?: boolean }).__BOUNCE_PLAYGROUND__ !== true
)
  start();
