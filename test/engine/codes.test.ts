import { findCommand, findReplyCode, findStatus } from '../../src/engine/codes';
import { chooseCodes } from '../../src/engine/precedence';

describe('code extraction', () => {
  test.each([
    ['550 5.1.1 <a@b.example>... User unknown', '5.1.1', '550'],
    ['550-5.7.26 Unauthenticated email', '5.7.26', '550'],
    ['host 192.0.2.153 said: 550 Unknown user', null, '550'],
    ["Remote Server returned '550 5.7.367 Remote server returned not permitted to relay'", '5.7.367', '550'],
    ['connect to 10.0.2.5:25: Connection timed out', null, null],
  ])('%s', (text, status, reply) => {
    expect(findStatus(text)).toBe(status);
    expect(findReplyCode(text, status)).toBe(reply);
  });

  test('dotted quads are never status codes', () => {
    expect(findStatus('from 192.0.2.5 and 5.2.1.3')).toBeNull();
  });

  test('the command is read from the usual phrasings', () => {
    expect(findCommand('(in reply to RCPT TO command)')).toBe('RCPT');
    expect(findCommand('SMTP error from remote mail server after end of data')).toBe('DATA');
    expect(findCommand('after MAIL FROM:<a@b>')).toBe('MAIL');
  });
});

describe('precedence of the Status field and the text', () => {
  test('a vague field is refined by the text when classes agree', () => {
    expect(chooseCodes('5.0.0', '550 5.1.1 User unknown').status).toBe('5.1.1');
  });
  test('a specific field wins over a different code in the text', () => {
    expect(chooseCodes('5.2.2', '550 5.1.1 mailbox full').status).toBe('5.2.2');
  });
  test('without a field the text decides', () => {
    expect(chooseCodes(null, '451 4.7.1 Greylisted')).toMatchObject({ status: '4.7.1', replyCode: '451', rule: 'text' });
  });
});
