/** Entry point inside Outlook: wait for Office, pick the theme and language, mount the pane. */
import { FluentProvider, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';
import { office, prefersDark } from '../office';
import { App } from './App';
import { translator } from './strings';

export function mount(element: HTMLElement, search: string): void {
  const language = office()?.context?.displayLanguage ?? 'en';
  const t = translator(language);
  const theme = prefersDark() === true ? webDarkTheme : webLightTheme;
  document.documentElement.lang = t.catalogue.locale;
  createRoot(element).render(
    <FluentProvider theme={theme} style={{ minHeight: '100vh' }}>
      <App t={t} search={search} />
    </FluentProvider>,
  );
}

function start(): void {
  const el = document.getElementById('root');
  if (el === null) return;
  const o = office();
  // Outside Outlook (or with office.js blocked) onReady never fires: mount anyway after a moment,
  // so paste and file input still work.
  let mounted = false;
  const go = (): void => {
    if (mounted) return;
    mounted = true;
    mount(el, window.location.search);
  };
  if (o !== null && typeof o.onReady === 'function') void o.onReady().then(go);
  setTimeout(go, 3000);
}

if (typeof document !== 'undefined' && document.getElementById('root') !== null && (globalThis as { __BOUNCE_PLAYGROUND__?: boolean }).__BOUNCE_PLAYGROUND__ !== true) start();
