/** #10 item 11: the playground's ?width=, ?latency= and ?fail= parameters. */
import { failParam, numberParam } from '../../src/playground/params';

const q = (s: string): URLSearchParams => new URLSearchParams(s);

describe('playground parameters', () => {
  test('?width takes any width within bounds', () => {
    expect(numberParam(q('width=160'), 'width', 320, 100, 2000)).toBe(160);
    expect(numberParam(q('width=437'), 'width', 320, 100, 2000)).toBe(437);
    expect(numberParam(q('width=20'), 'width', 320, 100, 2000)).toBe(100);
    expect(numberParam(q('width=abc'), 'width', 320, 100, 2000)).toBe(320);
    expect(numberParam(q(''), 'width', 320, 100, 2000)).toBe(320);
  });

  test('?latency in ms', () => {
    expect(numberParam(q('latency=10000'), 'latency', 0, 0, 120000)).toBe(10000);
    expect(numberParam(q('latency=-5'), 'latency', 0, 0, 120000)).toBe(0);
  });

  test('?fail names the APIs', () => {
    expect(failParam(q('fail=getAsFileAsync,body'))).toEqual(['getAsFileAsync', 'getAsync']);
    expect(failParam(q('fail=all'))).toEqual(['all']);
    expect(failParam(q('fail=<script>'))).toEqual([]);
    expect(failParam(q(''))).toEqual([]);
  });
});
