import { html, type TemplateResult } from 'lit';
import { format } from '../content/format.js';
import { texts } from '../content/texts.js';
import type { PlanQuestion } from '../content/types.js';
import type { Plan } from '../model/state.js';

/**
 * The plan part of the print report: each question with the learner's text.
 * Texts are Lit text bindings, printed with their line breaks (the report's
 * `.learner` class sets `white-space: pre-wrap`), so no whitespace may sit
 * between a `.learner` tag and its binding.
 */
export function printPlan(plan: Plan, formatDate: (iso: string) => string): TemplateResult {
  const { assessment, ui } = texts;
  const answers: Record<PlanQuestion['id'], TemplateResult> = {
    q1: learnerText(plan.improvement),
    q2: printActions(plan, formatDate),
    q3: learnerText(plan.needs),
    q4: html`${learnerText(plan.timeline)}
      <p>${format(ui.print.planDate, { date: plan.planDate ? formatDate(plan.planDate) : ui.print.empty })}</p>`,
  };
  return html`${assessment.plan.questions.map(
    (question) =>
      html`<div class="block">
        <h3>${question.label} ${question.question}</h3>
        ${answers[question.id]}
      </div>`,
  )}`;
}

function learnerText(text: string): TemplateResult {
  return text.trim() === '' ? html`<p class="learner empty">${texts.ui.print.empty}</p>` : html`<p class="learner">${text}</p>`;
}

function printActions(plan: Plan, formatDate: (iso: string) => string): TemplateResult {
  if (plan.actions.length === 0) return learnerText('');
  return html`<ol>
    ${plan.actions.map(
      (action) =>
        html`<li>
          ${learnerText(action.text)}
          ${action.date ? html`<p>${format(texts.ui.print.actionDate, { date: formatDate(action.date) })}</p>` : ''}
        </li>`,
    )}
  </ol>`;
}
