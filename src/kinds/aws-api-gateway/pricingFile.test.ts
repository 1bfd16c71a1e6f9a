import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ProviderContext, Workload } from '../../engine';
import { EngineError } from '../../engine/errors';
import { fileMeta } from '../../pricing/common';
import { PRICING_DIR } from '../../testing/catalog';
import { API_GATEWAY_SERVICE } from './kind';
import { AwsApiGatewayFile, apiGatewayPrices } from './pricingFile';
import { apiGatewayKind } from './scenario';

const raw = JSON.parse(readFileSync(join(PRICING_DIR, 'aws/api-gateway/2020-03-12.json'), 'utf8'));

/** The file as it was before WebSocket rates were added: no `websocket` rules or region block. */
function withoutWebSocket() {
  const { websocket: _rules, ...rules } = raw.rules;
  const regions = Object.fromEntries(
    Object.entries(raw.regions as Record<string, Record<string, unknown>>).map(([k, v]) => {
      const { websocket: _ws, ...rest } = v;
      return [k, rest];
    }),
  );
  return { ...raw, rules, regions };
}

describe('API Gateway pricing files and WebSocket rates', () => {
  it('still accept a file without WebSocket rates, whose prices then have none', () => {
    const file = AwsApiGatewayFile.parse(withoutWebSocket());
    const prices = apiGatewayPrices(fileMeta('aws/api-gateway/old', file), file, 'us-east-1')!;
    expect(prices.websocket).toBeUndefined();
    expect(prices.requests['http-api']).toHaveLength(2);
  });

  it('refuse to price a WebSocket API from such a file, naming the field', () => {
    const file = AwsApiGatewayFile.parse(withoutWebSocket());
    const prices = apiGatewayPrices(fileMeta('aws/api-gateway/old', file), file, 'us-east-1')!;
    const ctx: ProviderContext = {
      book: {
        pricingDate: '2020-03-12',
        region: 'us-east-1',
        services: { [API_GATEWAY_SERVICE]: prices },
        files: [],
        warnings: [],
      },
      workload: {} as Workload,
      options: { freeTier: false, apiGatewayFreeTier: false },
      path: 'components[1]',
    };
    const ws = apiGatewayKind.resolve(
      apiGatewayKind.schema.parse({
        id: 'ws',
        kind: 'aws-api-gateway',
        api: 'websocket',
        perRequest: { messages: 1, connectionMinutes: 1 },
      }),
    );
    expect(() => apiGatewayKind.model(ctx, ws)).toThrow(EngineError);
    try {
      apiGatewayKind.model(ctx, ws);
    } catch (e) {
      expect((e as EngineError).field).toBe('components[1].perRequest.messages');
    }
  });
});
