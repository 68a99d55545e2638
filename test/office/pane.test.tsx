/**
 * @jest-environment jsdom
 */
/** The pane's use of the Office adapter (#11 items 3 and 4), against the one simulated Outlook. */
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { App } from '../../src/taskpane/App';
import { translator } from '../../src/taskpane/strings';
import { configFetch, installOutlookMock, sample } from '../taskpane/outlook-mock';

const t = translator('en');

function renderPane(): ReturnType<typeof render> {
  return render(
    <FluentProvider theme={webLightTheme}>
      <App t={t} search="" fetcher={configFetch('it@contoso.example')} />
    </FluentProvider>,
  );
}

afterEach(() => {
  delete (globalThis as { Office?: unknown }).Office;
});

test('compose mode: pasted bounce text is reported into the current draft, not a new form', async () => {
  const { calls, sim } = installOutlookMock({ mode: 'compose', eml: '' });
  renderPane();
  const box = await screen.findByTestId('paste');
  fireEvent.change(box, {
    target: {
      value:
        '<sam@tailspin.example>: host mx.tailspin.example[198.51.100.7] said: 552 5.2.2 <sam@tailspin.example>: Mailbox full (in reply to RCPT TO command)',
    },
  });
  fireEvent.click(screen.getByTestId('analyse-text'));
  await screen.findByTestId('verdict');
  // Mailbox full: the recipient's side must act, so drafting to IT is the secondary action.
  fireEvent.click(await screen.findByTestId('secondary-draft'));
  await waitFor(() => expect(screen.getByTestId<HTMLInputElement>('helpdesk').value).toBe('it@contoso.example'));
  fireEvent.click(screen.getByTestId('draft-report'));
  await waitFor(() => expect(calls.subject).toHaveLength(1));
  expect(calls.newForms).toEqual([]);
  expect(calls.calls.filter((c) => c !== 'body.getAsync' && c !== 'getAttachmentsAsync')).toEqual([
    'body.getTypeAsync',
    'body.prependAsync',
    'to.setAsync',
    'subject.setAsync',
  ]);
  expect(sim.composeState().html).toContain('sam@tailspin.example');
  expect(sim.composeState().html).not.toMatch(/style=/);
});

test('a delivery report read from the selection: subject and time shown, Re-read at hand, the pane says it cannot tell', async () => {
  const { sim } = installOutlookMock({ mode: 'read', eml: sample('ms-5.7.367-relay-pool.eml') });
  renderPane();
  await screen.findByTestId('verdict');
  expect(screen.getByTestId('source').textContent).toMatch(/Undeliverable: Quarterly figures/);
  expect(screen.getByTestId('analysed-when').textContent).toMatch(/2026/);
  expect(screen.getByTestId('selection-unknown').textContent).toMatch(/cannot tell what is selected/);
  sim.selectOtherSilently();
  expect(screen.getByTestId('reread')).toBeTruthy();
});

test('with no message at all, Re-read is still at hand', async () => {
  installOutlookMock({ mode: 'none' });
  renderPane();
  await screen.findByTestId('input-panel');
  expect(screen.getByTestId('reread')).toBeTruthy();
});

test('an ordinary message (not a report) does not claim the selection is unknown', async () => {
  installOutlookMock({
    mode: 'read',
    eml: sample('postfix-mailbox-full.eml').replace(/multipart\/report; report-type=delivery-status;/, 'multipart/mixed;'),
  });
  renderPane();
  await screen.findByTestId('source');
  expect(screen.queryByTestId('selection-unknown')).toBeNull();
});
