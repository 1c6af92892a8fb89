// The onboarding questionnaire's draft: answers given so far, kept in localStorage per person
// and questionnaire version, so closing the tab and coming back resumes at the next question.
// The server takes the whole set at the end (PUT /api/questionnaire/answers needs every
// required question).
import type { components } from "@/api/schema";

export type Question = components["schemas"]["QuestionSchema"];
export type Answer = components["schemas"]["AnswerSchema"];
export type Draft = Record<string, Answer>;

export const DEFAULT_IMPORTANCE = 3;

export function draftKey(userId: number, version: number): string {
  return `humanlink.questionnaire.${userId}.v${version}`;
}

export function isAnswered(question: Question, answer: Answer | undefined): boolean {
  if (!answer) return false;
  if (question.kind === "multiple_choice") return Array.isArray(answer.value) && answer.value.length > 0;
  if (question.kind === "scale_1_5") return typeof answer.value === "number";
  return typeof answer.value === "string" && answer.value !== "";
}

/** Where to resume: the first question without an answer (or the last one when all are answered). */
export function resumeIndex(questions: Question[], draft: Draft): number {
  const index = questions.findIndex((question) => !isAnswered(question, draft[question.key]));
  return index === -1 ? Math.max(0, questions.length - 1) : index;
}

/** The server's saved answers, overlaid by the newer local draft. */
export function mergeDraft(saved: Answer[], local: Draft | null): Draft {
  const draft: Draft = {};
  for (const answer of saved) draft[answer.question] = answer;
  return { ...draft, ...(local ?? {}) };
}

/** The answers to send, in the questionnaire's order, for the questions it still has. */
export function answersFor(questions: Question[], draft: Draft): Answer[] {
  return questions.flatMap((question) => {
    const answer = draft[question.key];
    return answer && isAnswered(question, answer) ? [answer] : [];
  });
}
