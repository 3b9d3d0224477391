export interface Stage {
  name: string;
  passed: number;
  failed: number;
  /** Skipped and todo tests. */
  skipped: number;
  /** Why the stage failed beyond its failed tests; empty when it is clean. */
  problems: string[];
}

export function judgeTap(name: string, exitCode: number, tap: string | undefined): Stage;
export function judgePlaywright(name: string, exitCode: number, json: string | undefined): Stage;
export function judgeExitCode(name: string, exitCode: number): Stage;
export function verdict(stages: Stage[]): { lines: string[]; exitCode: number };
