import { STATEMENT_IDS, answerFromValue, type Answers } from '../../src/model/scoring.js';

/** Answers from values (1–4) in contract order; 0 leaves a statement unanswered. */
export function answersFromValues(values: readonly number[]): Answers {
  const answers: Answers = {};
  values.forEach((value, i) => {
    const answer = answerFromValue(value);
    const id = STATEMENT_IDS[i];
    if (answer !== null && id) answers[id] = answer;
  });
  return answers;
}
