export { evaluateCriteria, evaluateCriterion } from './evaluate.js';
export {
  CriterionSyntaxError,
  describeSubject,
  EXPECTED_FORM,
  parseCriteria,
  parseCriterion,
} from './parse.js';
export { criteriaSchema, criterionTextSchema } from './schema.js';
export type {
  Comparator,
  CriteriaSource,
  CriteriaVerdict,
  Criterion,
  CriterionAction,
  CriterionOutcome,
  CriterionStatus,
  SecondStats,
  Subject,
  ThresholdUnit,
  WindowStats,
} from './types.js';
