import { lazy } from 'react';
import type { KindUi } from '../../ui/systems/kindUi';
import { AZURE_FUNCTIONS } from './kind';
import { AZURE_FUNCTIONS_DEFAULTS } from './scenario';

/** Azure Functions in the systems editor. */
export const azureFunctionsUi: KindUi<typeof AZURE_FUNCTIONS> = {
  label: 'Azure Functions',
  create: () => ({ id: 'azure-functions', name: 'Azure Functions', kind: AZURE_FUNCTIONS }),
  Editor: lazy(() => import('../editors').then((m) => ({ default: m.AzureFunctionsEditor }))),
  summary: (s) =>
    s.plan === 'flex'
      ? [
          'Flex Consumption',
          `${s.instanceMemoryMb ?? AZURE_FUNCTIONS_DEFAULTS.instanceMemoryMb} MB instances`,
          s.alwaysReady ? `${s.alwaysReady} always ready` : null,
        ]
          .filter(Boolean)
          .join(' · ')
      : 'Consumption',
};
