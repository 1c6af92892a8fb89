import { problemMessage, type Problem } from "@/lib/problem";

/** A problem from the API as a sentence, announced to screen readers. */
export function ProblemAlert({ problem, id }: { problem: Problem | null; id?: string }) {
  if (!problem) return null;
  return (
    <div className="alert" role="alert" id={id}>
      {problemMessage(problem)}
    </div>
  );
}
