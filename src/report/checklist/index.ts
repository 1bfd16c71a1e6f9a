/** The brief's optimisation checklist priced for a scenario, and its outputs. */
export {
  type Checklist,
  type ChecklistItem,
  type ChecklistOptions,
  checklist,
  checklistSteps,
  estimateOf,
} from './checklist';
export type { ChecklistAction } from './candidates';
export { checklistCsv, checklistJson, checklistMarkdown, checklistTable } from './checklistReport';
