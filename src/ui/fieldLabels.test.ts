import { describe, expect, it } from 'vitest';
import { DEFAULT_SCENARIO, type Scenario } from '../scenario';
import { fieldLabel, issuesOnScreen } from './fieldLabels';

const scenario: Scenario = {
  ...DEFAULT_SCENARIO,
  systems: [
    { id: 'fn', kind: 'aws-lambda' },
    { id: 'task', name: 'Fargate', kind: 'aws-fargate', vcpu: 0.5, memoryGb: 1 },
    { id: 'vm', name: 't3.small', kind: 'aws-ec2', instanceType: 't3.small' },
  ],
  architectures: [
    {
      id: 'orders',
      name: 'Orders',
      components: [
        { id: 'q', kind: 'aws-sqs', perRequest: { messages: 1 } },
        { id: 'worker', name: 'Processor', kind: 'aws-lambda', triggeredBy: 'q' },
      ],
    },
  ],
};

describe('fieldLabel', () => {
  it('names a system field by the system and the label its editor shows', () => {
    expect(fieldLabel('systems[2].rpsPerInstance', scenario)).toBe('t3.small › Requests per second per instance');
    expect(fieldLabel('systems[1].vcpu', scenario)).toBe('Fargate › Task vCPU');
    expect(fieldLabel('systems[0].provisionedConcurrency.hoursPerMonth', scenario)).toBe('fn › Provisioned hours');
    expect(fieldLabel('systems[0]', scenario)).toBe('fn');
  });

  it('names workload and price fields by their panel and label', () => {
    expect(fieldLabel('workload.coldStartRate', scenario)).toBe('Workload › Cold-start rate');
    expect(fieldLabel('workload.memoryMb', scenario)).toBe('Workload › Memory');
    expect(fieldLabel('pricingDate', scenario)).toBe('Prices › Price list date');
  });

  it('names a component field by its architecture and component', () => {
    expect(fieldLabel('architectures[0].components[1].memoryMb', scenario)).toBe('Orders › Processor › Memory');
    expect(fieldLabel('architectures[0].components[0].perRequest.messages', scenario)).toBe(
      'Orders › q › Messages per entry request',
    );
  });

  it('spells out a field no form labels, never as a path', () => {
    expect(fieldLabel('systems[2].someNewField', scenario)).toBe('t3.small › Some new field');
    expect(fieldLabel('systems[7].count', scenario)).toBe('System 8 › Instances');
    expect(fieldLabel('workload.notAField', scenario)).toBe('Workload › not a field');
  });
});

describe('issuesOnScreen', () => {
  it('describes a field by what its box holds now, and keeps the other issues', () => {
    const issues = [
      { field: 'workload.durationMs', message: 'must be greater than 0' },
      { field: 'systems[2].rpsPerInstance', message: 'must be greater than 0' },
    ];
    expect(issuesOnScreen(issues, { 'workload.durationMs': '"abc" is not a number' })).toEqual([
      { field: 'workload.durationMs', message: '"abc" is not a number' },
      { field: 'systems[2].rpsPerInstance', message: 'must be greater than 0' },
    ]);
    expect(issuesOnScreen(issues, {})).toEqual(issues);
  });
});
