/** ActiveHunter (Japanese gateway): Sendmail-style headings, recipients marked with ">>>". */
import { family } from '../blocks';

export const activehunter = family({
  name: 'activehunter',
  detect: { subject: ['failure notice :'], headerValue: ['x-ahmailid'] },
  rules: { start: ['the following addresses had permanent fatal errors'], ignore: ['----- transcript of session follows -----'] },
});
