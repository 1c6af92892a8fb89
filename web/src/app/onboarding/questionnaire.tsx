"use client";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { api, call } from "@/api/client";
import { Loading, useAuth } from "@/components/auth";
import { ProblemAlert } from "@/components/problem-alert";
import { useLoad } from "@/lib/use-load";
import type { Problem } from "@/lib/problem";
import {
  answersFor,
  DEFAULT_IMPORTANCE,
  draftKey,
  isAnswered,
  mergeDraft,
  resumeIndex,
  type Answer,
  type Draft,
  type Question,
} from "@/lib/questionnaire";

const SCALE = ["Strongly disagree", "Disagree", "Neither", "Agree", "Strongly agree"];
const IMPORTANCE = ["Not at all", "A little", "Somewhat", "Quite a lot", "A lot", "It is essential"];

export function Questionnaire() {
  const { me } = useAuth();
  const loaded = useLoad(async () => {
    const [current, saved] = await Promise.all([
      call(api.GET("/api/questionnaire/current")),
      call(api.GET("/api/questionnaire/answers")),
    ]);
    if (!current.ok) return current;
    if (!saved.ok) return saved;
    return { ok: true as const, data: { questionnaire: current.data, saved: saved.data } };
  }, "questionnaire");

  if (loaded.state.status === "loading" || !me) return <Loading label="Loading the questionnaire" />;
  if (loaded.state.status === "error") return <ProblemAlert problem={loaded.state.problem} />;
  const { questionnaire, saved } = loaded.state.data;
  const key = draftKey(me.id, questionnaire.version);
  const local = readDraft(key);
  const initial = mergeDraft(saved.version === questionnaire.version ? saved.answers : [], local);
  return <Steps questions={questionnaire.questions} initial={initial} storageKey={key} />;
}

function readDraft(key: string): Draft | null {
  try {
    const raw = window.localStorage.getItem(key);
    return raw ? (JSON.parse(raw) as Draft) : null;
  } catch {
    return null;
  }
}

function Steps({ questions, initial, storageKey }: { questions: Question[]; initial: Draft; storageKey: string }) {
  const router = useRouter();
  const [draft, setDraft] = useState<Draft>(initial);
  const [index, setIndex] = useState(() => resumeIndex(questions, initial));
  const [problem, setProblem] = useState<Problem | null>(null);
  const [missing, setMissing] = useState(false);
  const [saving, setSaving] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const first = useRef(true);

  useEffect(() => {
    window.localStorage.setItem(storageKey, JSON.stringify(draft));
  }, [draft, storageKey]);

  useEffect(() => {
    // Move focus to each new question (not on first load), so keyboard and screen reader users follow.
    if (first.current) first.current = false;
    else heading.current?.focus();
  }, [index]);

  const question = questions[index];
  if (!question) return <p>There are no questions right now.</p>;
  const answer: Answer = draft[question.key] ?? { question: question.key, value: "", importance: DEFAULT_IMPORTANCE, mandatory: false };
  const answered = isAnswered(question, answer);
  const last = index === questions.length - 1;

  function update(change: Partial<Answer>) {
    setMissing(false);
    setDraft((current) => ({ ...current, [question!.key]: { ...answer, ...change } }));
  }

  async function next() {
    if (question!.required !== false && !answered) {
      setMissing(true);
      return;
    }
    if (!last) {
      setIndex(index + 1);
      return;
    }
    setSaving(true);
    const result = await call(api.PUT("/api/questionnaire/answers", { body: { answers: answersFor(questions, draft) } }));
    setSaving(false);
    if (!result.ok) {
      setProblem(result.problem);
      return;
    }
    window.localStorage.removeItem(storageKey);
    router.push("/dashboard?welcome=1");
  }

  const name = `q-${question.key}`;
  return (
    <section aria-labelledby="question-title" className="form">
      <p className="muted" id="progress-label">
        Question {index + 1} of {questions.length}
      </p>
      <progress className="progress" max={questions.length} value={index + 1} aria-labelledby="progress-label" />
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void next();
        }}
        className="form"
        noValidate
      >
        <fieldset className="field" aria-describedby={missing ? "answer-error" : undefined}>
          <legend>
            <h1 id="question-title" ref={heading} tabIndex={-1}>
              {question.text}
            </h1>
          </legend>
          <div className="choices">
            {question.kind === "scale_1_5"
              ? SCALE.map((label, i) => (
                  <label className="choice" key={label}>
                    <input
                      type="radio"
                      name={name}
                      checked={answer.value === i + 1}
                      onChange={() => update({ value: i + 1 })}
                    />
                    {i + 1}: {label}
                  </label>
                ))
              : question.kind === "single_choice"
                ? (question.options ?? []).map((option) => (
                    <label className="choice" key={option.key}>
                      <input
                        type="radio"
                        name={name}
                        checked={answer.value === option.key}
                        onChange={() => update({ value: option.key })}
                      />
                      {option.text}
                    </label>
                  ))
                : (question.options ?? []).map((option) => {
                    const chosen = Array.isArray(answer.value) ? answer.value : [];
                    return (
                      <label className="choice" key={option.key}>
                        <input
                          type="checkbox"
                          name={name}
                          checked={chosen.includes(option.key)}
                          onChange={(event) =>
                            update({
                              value: event.target.checked
                                ? [...chosen, option.key]
                                : chosen.filter((key) => key !== option.key),
                            })
                          }
                        />
                        {option.text}
                      </label>
                    );
                  })}
          </div>
          {missing ? (
            <p className="field-error" id="answer-error" role="alert">
              Please choose an answer to continue.
            </p>
          ) : null}
        </fieldset>

        <div className="field">
          <label htmlFor="importance">How much does this matter to you in a friend?</label>
          <select
            id="importance"
            value={answer.importance}
            onChange={(event) => update({ importance: Number(event.target.value) })}
          >
            {IMPORTANCE.map((label, value) => (
              <option key={label} value={value}>
                {value}: {label}
              </option>
            ))}
          </select>
        </div>
        <label className="choice">
          <input
            type="checkbox"
            checked={answer.mandatory ?? false}
            onChange={(event) => update({ mandatory: event.target.checked })}
          />
          Only match me with people who answered alike
        </label>

        <ProblemAlert problem={problem} />
        <div className="actions">
          <button type="button" className="secondary" disabled={index === 0} onClick={() => setIndex(index - 1)}>
            Back
          </button>
          <button type="submit" className="primary" disabled={saving}>
            {last ? (saving ? "Saving…" : "See my matches") : "Next"}
          </button>
        </div>
        <p className="hint">Your answers are saved on this device as you go; you can stop and come back.</p>
      </form>
    </section>
  );
}
