import { IntlMessageFormat } from 'intl-messageformat';
import { argumentsOf, mapLiterals } from '../../src/engine/i18n/icu';
import { pseudoMessage } from '../../src/engine/i18n/pseudo';

const MESSAGE = 'Check the spelling of {recipient}. {count, plural, one {# more address} other {# more addresses}} left out.';

test('argumentsOf finds every argument, nested ones too', () => {
  expect([...argumentsOf(MESSAGE)].sort()).toEqual(['count', 'recipient']);
  expect([...argumentsOf('{owner, select, you {You {x}} other {Them}}')].sort()).toEqual(['owner', 'x']);
  expect(() => argumentsOf('Broken {recipient')).toThrow();
});

test('mapLiterals keeps arguments and structure', () => {
  const upper = mapLiterals(MESSAGE, (s) => s.toUpperCase());
  expect(argumentsOf(upper)).toEqual(argumentsOf(MESSAGE));
  expect(new IntlMessageFormat(upper, 'en').format({ recipient: 'a@b.example', count: 2 })).toBe(
    'CHECK THE SPELLING OF a@b.example. 2 MORE ADDRESSES LEFT OUT.',
  );
});

test('en-XA is accented, about 40 % longer and still formats', () => {
  const p = pseudoMessage(MESSAGE, 'accented');
  expect(argumentsOf(p)).toEqual(argumentsOf(MESSAGE));
  const en = new IntlMessageFormat(MESSAGE, 'en').format({ recipient: 'x@y.example', count: 3 }) as string;
  const xa = new IntlMessageFormat(p, 'en').format({ recipient: 'x@y.example', count: 3 }) as string;
  expect(xa).toContain('x@y.example');
  expect(xa).not.toMatch(/spelling/);
  expect(xa.length / en.length).toBeGreaterThan(1.25);
  expect(xa.length / en.length).toBeLessThan(1.7);
});

test('ar-XB wraps literal text in right-to-left embedding', () => {
  const p = pseudoMessage('Hello {name}', 'rtl');
  expect(new IntlMessageFormat(p, 'en').format({ name: 'N' })).toBe('\u202BHello \u202CN');
});
