/** Structured logs: one JSON object per line on stdout (errors on stderr), with a time, a level and a message. */
export type Level = 'debug' | 'info' | 'warn' | 'error';
export type Logger = (level: Level, msg: string, data?: Record<string, unknown>) => void;

const order: Record<Level, number> = { debug: 10, info: 20, warn: 30, error: 40 };

export function createLogger(minimum: Level = 'info', write = (line: string, level: Level) => (level === 'error' ? process.stderr : process.stdout).write(line)): Logger {
  return (level, msg, data = {}) => {
    if (order[level] < order[minimum]) return;
    const fields = Object.fromEntries(Object.entries(data).map(([k, v]) => [k, v instanceof Error ? { message: v.message, code: (v as { code?: unknown }).code } : v]));
    write(`${JSON.stringify({ time: new Date().toISOString(), level, msg, ...fields })}\n`, level);
  };
}

/** A logger that writes nothing (library use without logs). */
export const silent: Logger = () => {};
