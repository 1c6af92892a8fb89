"use client";
// The staff overview: the support queue at a glance (tickets by status, safety tickets by
// status), counted with the queue's own totals (one limit=1 read per bar).
import Link from "next/link";
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { api, call, type Result } from "@/api/client";
import { Loading } from "@/components/auth";
import { ProblemAlert } from "@/components/problem-alert";
import { useLoad } from "@/lib/use-load";
import { label, TICKET_STATUSES } from "./labels";

type Row = { status: string; all: number; safety: number };

async function queueCounts(): Promise<Result<Row[]>> {
  const count = (status: (typeof TICKET_STATUSES)[number], category?: "safety") =>
    call(api.GET("/api/admin/tickets", { params: { query: { status, category, limit: 1 } } }));
  const results = await Promise.all(TICKET_STATUSES.flatMap((status) => [count(status), count(status, "safety")]));
  const failed = results.find((result) => !result.ok);
  if (failed && !failed.ok) return failed;
  return {
    ok: true,
    data: TICKET_STATUSES.map((status, index) => {
      const all = results[index * 2]!;
      const safety = results[index * 2 + 1]!;
      return { status: label(status), all: all.ok ? all.data.total : 0, safety: safety.ok ? safety.data.total : 0 };
    }),
  };
}

export function Overview() {
  const { state } = useLoad(queueCounts, "staff-overview");
  return (
    <>
      <h1>Staff overview</h1>
      {state.status === "loading" ? <Loading label="Counting the queue" /> : null}
      {state.status === "error" ? <ProblemAlert problem={state.problem} /> : null}
      {state.status === "ready" ? (
        <section aria-labelledby="queue-title" className="section">
          <h2 id="queue-title">Support queue</h2>
          <p>
            {state.data[0]!.all} open tickets, {state.data[0]!.safety} of them about safety (reported messages included).{" "}
            <Link href="/staff/tickets?status=open">Open the queue</Link>
          </p>
          <figure>
            <div className="chart" aria-hidden="true">
              <ResponsiveContainer width="100%" height="100%">
                <BarChart data={state.data} margin={{ top: 8, right: 8, bottom: 8, left: 0 }} accessibilityLayer={false}>
                  <CartesianGrid strokeDasharray="3 3" />
                  <XAxis dataKey="status" />
                  <YAxis allowDecimals={false} />
                  <Tooltip />
                  <Legend />
                  <Bar dataKey="all" name="All tickets" fill="#1d3b8f" />
                  <Bar dataKey="safety" name="Safety" fill="#a3192b" />
                </BarChart>
              </ResponsiveContainer>
            </div>
            <figcaption className="hint">Tickets by status.</figcaption>
          </figure>
          {/* The chart's numbers as a table, for screen readers and keyboard users. */}
          <div className="table-wrap">
            <table>
              <caption className="visually-hidden">Tickets by status</caption>
              <thead>
                <tr>
                  <th scope="col">Status</th>
                  <th scope="col">All tickets</th>
                  <th scope="col">Safety</th>
                </tr>
              </thead>
              <tbody>
                {state.data.map((row) => (
                  <tr key={row.status}>
                    <th scope="row">{row.status}</th>
                    <td>{row.all}</td>
                    <td>{row.safety}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ) : null}
    </>
  );
}
