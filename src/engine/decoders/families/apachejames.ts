/** Apache James: "Error message below:" / "Message details:" in a plain notice. */
import { family } from '../blocks';

export const apachejames = family({
  name: 'apachejames',
  detect: { body: ['error message below:'] },
  rules: { start: ['failed recipient(s):', 'error message below:'], end: ['message details:'] },
});
