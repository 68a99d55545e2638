/** Google Workspace "Send mail as" and routing notices: "** Message not delivered **". */
import { family } from '../blocks';

export const googleworkspace = family({
  name: 'googleworkspace',
  detect: { body: ['** message not delivered **', '** address not found **', '** message blocked **'] },
  rules: {
    start: ['** message not delivered **', '** address not found **', '** message blocked **'],
    end: ['----- original message -----'],
  },
  post: (recipients, ctx) => {
    if (recipients.length > 0) return recipients;
    // The notice names no recipient; the returned original's To does.
    const to = ctx.lines.find((l) => /^To:\s/i.test(l));
    const m = to !== undefined ? /[^\s<>"]{1,64}@[\w.-]{1,255}/.exec(to) : null;
    return m === null ? [] : [{ address: m[0] }];
  },
});
