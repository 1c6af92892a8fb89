"use client";
// Load data for a page: loading, then data or problem details; reload() runs it again.
// `key` names what the loader depends on (e.g. the friend id): a new key loads again.
import { useCallback, useEffect, useRef, useState } from "react";
import type { Result } from "@/api/client";
import type { Problem } from "./problem";

export type LoadState<T> =
  | { status: "loading" }
  | { status: "error"; problem: Problem }
  | { status: "ready"; data: T };

export function useLoad<T>(loader: () => Promise<Result<T>>, key: string) {
  const [state, setState] = useState<LoadState<T>>({ status: "loading" });
  const loaderRef = useRef(loader);
  useEffect(() => {
    loaderRef.current = loader;
  });
  const reload = useCallback(async () => {
    const result = await loaderRef.current();
    setState(result.ok ? { status: "ready", data: result.data } : { status: "error", problem: result.problem });
  }, []);
  useEffect(() => {
    // reload() sets state only after awaiting the loader.
    void reload();
  }, [key, reload]);
  return { state, reload, setState };
}
