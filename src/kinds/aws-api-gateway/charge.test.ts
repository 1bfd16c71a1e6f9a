import { describe, expect, it } from 'vitest';
import { centsString } from '../../engine/money';
import { lines } from '../../testing/priceOne';

const w = { requestsPerMonth: 1_000_000, durationMs: 200, memoryMb: 512 };

describe('API Gateway as an add-on charge', () => {
  it('bills HTTP API requests at $1.00 per million and REST at $3.50', () => {
    expect(centsString(lines(w, { kind: 'aws-lambda', frontDoor: 'http-api' }).line('apigw-http-api').usd)).toBe(
      '1.00',
    );
    expect(centsString(lines(w, { kind: 'aws-lambda', frontDoor: 'rest-api' }).line('apigw-rest-api').usd)).toBe(
      '3.50',
    );
  });

  it('meters a 4.5 MB HTTP API request as 9 requests (512 KB each)', () => {
    expect(
      lines({ ...w, requestKb: 4608 }, { kind: 'aws-lambda', frontDoor: 'http-api' })
        .line('apigw-http-api')
        .quantity.toString(),
    ).toBe('9000000');
  });

  it('attaches nothing to a function without a front door', () => {
    expect(lines(w, { kind: 'aws-lambda' }).keys.some((k) => k.startsWith('apigw-'))).toBe(false);
  });
});
