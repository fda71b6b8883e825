import { z } from 'zod';
import { CriterionSyntaxError, parseCriterion } from './parse.js';

/** A criterion string that must parse; keeps the text so scenarios round-trip unchanged. */
export const criterionTextSchema = z.string().superRefine((text, ctx) => {
  try {
    parseCriterion(text);
  } catch (error) {
    if (!(error instanceof CriterionSyntaxError)) throw error;
    ctx.addIssue({ code: 'custom', message: error.message });
  }
});

/** The scenario's top-level `criteria` list. */
export const criteriaSchema = z.array(criterionTextSchema);
