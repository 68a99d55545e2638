/**
 * Live regions for the pane, behind Fluent's announce context (`useAnnounce`), so our own
 * announcements and Fluent's MessageBars speak through the same place.
 *
 * Why not Fluent's `AriaLiveAnnouncer` as is: it empties its region after half a second and, in
 * Chromium, switches to `document.ariaNotify`, which leaves nothing in the page. A region that keeps
 * the last message lets a screen-reader user re-read it and lets tests check what was said.
 */
import { AnnounceProvider, makeStyles } from '@fluentui/react-components';
import type { AnnounceContextValue } from '@fluentui/react-components';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ReactElement, ReactNode } from 'react';

const useStyles = makeStyles({
  hidden: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    margin: '-1px',
    overflow: 'hidden',
    clip: 'rect(0 0 0 0)',
    whiteSpace: 'nowrap',
  },
});

export function Announcer(props: { readonly children: ReactNode }): ReactElement {
  const s = useStyles();
  const [polite, setPolite] = useState('');
  const [assertive, setAssertive] = useState('');
  const pending = useRef<{ polite: string[]; alert: string[] }>({ polite: [], alert: [] });
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  useEffect(
    () => () => {
      if (timer.current !== null) clearTimeout(timer.current);
    },
    [],
  );

  const announce = useCallback((message: string, options: { alert?: boolean } = {}) => {
    const text = message.trim();
    if (text === '') return;
    const list = options.alert === true ? pending.current.alert : pending.current.polite;
    if (!list.includes(text)) list.push(text);
    if (timer.current !== null) return;
    // Messages of one render are spoken together; emptying first makes a repeated text heard again.
    setPolite((p) => (pending.current.polite.length > 0 ? '' : p));
    setAssertive((p) => (pending.current.alert.length > 0 ? '' : p));
    timer.current = setTimeout(() => {
      timer.current = null;
      const { polite: p, alert: a } = pending.current;
      pending.current = { polite: [], alert: [] };
      if (p.length > 0) setPolite(p.join(' '));
      if (a.length > 0) setAssertive(a.join(' '));
    }, 50);
  }, []);

  const value = useMemo<AnnounceContextValue>(() => ({ announce }), [announce]);
  return (
    <AnnounceProvider value={value}>
      {props.children}
      <div className={s.hidden} role="status" aria-live="polite" aria-atomic="true" data-testid="announcer">
        {polite}
      </div>
      <div className={s.hidden} aria-live="assertive" aria-atomic="true" data-testid="announcer-alert">
        {assertive}
      </div>
    </AnnounceProvider>
  );
}
