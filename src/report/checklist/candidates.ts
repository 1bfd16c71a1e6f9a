/** The checklist's candidates: what may change, per system and per architecture component. */
export {
  type ChecklistAction,
  type Candidate,
  BATCH_SIZE,
  SAVINGS_PLAN_PERCENT,
  SAVINGS_PLAN_SOURCE,
} from './candidate';
export { systemCandidates } from './systemCandidates';
export { componentCandidates } from './componentCandidates';
