import { describe, expect, it } from 'vitest';
import { centsString } from '../engine/money';
import { lines, price } from '../testing/priceOne';

describe('AWS regions beyond us-east-1', () => {
  const w = { requestsPerMonth: 1_000_000, durationMs: 200, memoryMb: 512 };
  it.each(['eu-west-1', 'eu-central-1', 'ap-southeast-1', 'ap-northeast-1'])(
    'prices Lambda in %s at its (secondary-graded) regional rates',
    (region) => {
      const l = lines(w, { kind: 'aws-lambda' }, { region });
      expect(centsString(l.total)).toBe('1.87');
      expect(l.line('lambda-duration').grade).toBe('secondary');
    },
  );

  it('prices EC2 in ap-southeast-1 where a rate is sourced', () => {
    expect(
      centsString(
        lines(w, { kind: 'aws-ec2', instanceType: 't3.small', count: 1 }, { region: 'ap-southeast-1' }).total,
      ),
    ).toBe('19.27');
  });

  it('names the field when a region lacks a price (arm64 provisioned concurrency, API Gateway, Arm Fargate)', () => {
    const pc = { concurrency: 1, hoursPerMonth: 730 };
    const res = price(w, [{ kind: 'aws-lambda', architecture: 'arm64', provisionedConcurrency: pc }], {
      region: 'eu-west-1',
    });
    expect(res.ok ? [] : res.issues.map((i) => i.field)).toEqual(['systems[0].provisionedConcurrency']);
    const api = price(w, [{ kind: 'aws-lambda', frontDoor: 'http-api' }], { region: 'eu-west-1' });
    expect(api.ok ? [] : api.issues.map((i) => i.field)).toEqual(['systems[0].frontDoor']);
    const arm = price(w, [{ kind: 'aws-fargate', vcpu: 0.5, memoryGb: 1, tasks: 1, architecture: 'arm64' }], {
      region: 'eu-west-1',
    });
    expect(arm.ok ? [] : arm.issues.map((i) => i.field)).toEqual(['systems[0].architecture']);
  });

  it('prices x86 provisioned concurrency and ephemeral storage in eu-west-1 since their rates are sourced', () => {
    const pc = { concurrency: 1, hoursPerMonth: 730 };
    expect(price(w, [{ kind: 'aws-lambda', provisionedConcurrency: pc }], { region: 'eu-west-1' }).ok).toBe(true);
    expect(price({ ...w, ephemeralStorageMb: 1024 }, [{ kind: 'aws-lambda' }], { region: 'eu-west-1' }).ok).toBe(true);
  });
});
