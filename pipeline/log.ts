import cliProgress from 'cli-progress';

export type LogLevel = 'info' | 'warn' | 'error';

/** One thing that happened in a run; `event` names it (`run.start`, `article.error`, `file.skipped`, ...). */
export interface LogEvent {
  event: string;
  level: LogLevel;
  [field: string]: unknown;
}

/** Where a run reports what happens. Everything goes to stderr (or a test's sink), never to stdout. */
export interface Logger {
  log(event: LogEvent): void;
  /** Articles done so far out of `total`; a logger decides how often to show it. */
  progress(done: number, total: number): void;
  /** Ends the progress display; later events are still written. Safe to call twice. */
  close(): void;
}

export type LogFormat = 'json' | 'pretty';

/** Progress lines are rate-limited, so that a run of 100k articles does not write 100k lines. */
const PROGRESS_INTERVAL_MS = 2000;

/** One JSON object per line and per event, for cron jobs and log collectors. */
export function jsonLogger(write: (line: string) => void, now: () => number = Date.now): Logger {
  let lastProgress = 0;
  const emit = (event: LogEvent): void => write(JSON.stringify({ time: new Date(now()).toISOString(), ...event }) + '\n');
  return {
    log: emit,
    progress(done, total) {
      const t = now();
      if (done < total && t - lastProgress < PROGRESS_INTERVAL_MS) return;
      lastProgress = t;
      emit({ event: 'run.progress', level: 'info', done, total });
    },
    close() {},
  };
}

/** A line a person reads: the event's message, or its fields. */
function prettyLine(event: LogEvent): string {
  const { event: name, level, message, ...fields } = event;
  const mark = level === 'error' ? 'error' : level === 'warn' ? 'warning' : 'info';
  const rest = Object.entries(fields)
    .map(([key, value]) => `${key}=${typeof value === 'string' ? value : JSON.stringify(value)}`)
    .join(' ');
  return `newsgraph: ${mark}: ${typeof message === 'string' ? message : name}${rest ? ` (${rest})` : ''}`;
}

/** A progress bar on a terminal, with events printed above it. */
export function progressBarLogger(stream: NodeJS.WriteStream): Logger {
  const bars = new cliProgress.MultiBar(
    {
      stream,
      format: 'newsgraph run [{bar}] {percentage}% | {value}/{total} articles | {duration_formatted} elapsed | ETA {eta_formatted}',
      hideCursor: false,
      clearOnComplete: false,
      fps: 5,
    },
    cliProgress.Presets.shades_classic,
  );
  let bar: cliProgress.SingleBar | null = null;
  let closed = false;
  return {
    log(event) {
      if (bar === null || closed) stream.write(prettyLine(event) + '\n');
      else bars.log(prettyLine(event) + '\n');
    },
    progress(done, total) {
      if (closed) return;
      if (bar === null) bar = bars.create(total, done);
      else bar.setTotal(total);
      bar.update(done);
    },
    close() {
      if (closed) return;
      closed = true;
      if (bar !== null) bars.stop();
    },
  };
}

/** Readable lines without a bar, for a person reading a log file. */
export function plainLogger(write: (line: string) => void, now: () => number = Date.now): Logger {
  let lastProgress = 0;
  return {
    log(event) {
      write(prettyLine(event) + '\n');
    },
    progress(done, total) {
      const t = now();
      if (done < total && t - lastProgress < PROGRESS_INTERVAL_MS) return;
      lastProgress = t;
      write(`newsgraph: ${done}/${total} articles\n`);
    },
    close() {},
  };
}

/**
 * The logger for `newsgraph run`: JSON lines unless asked for pretty output; pretty output is a progress bar on a
 * terminal and plain lines elsewhere. With no format given, a terminal gets the bar and anything else JSON.
 */
export function createLogger(format: LogFormat | undefined, stream: NodeJS.WriteStream = process.stderr): Logger {
  const write = (line: string): void => void stream.write(line);
  const pretty = format === 'pretty' || (format === undefined && stream.isTTY === true);
  if (!pretty) return jsonLogger(write);
  return stream.isTTY ? progressBarLogger(stream) : plainLogger(write);
}
