#!/usr/bin/env node
import { Command, CommanderError, Option } from 'commander';
import type { Lang } from '../stages/types.js';

// Commands load their modules when they run, so that `--help` and usage errors answer at once.

/** Exit codes: 0 ok, 1 some input (or the view) failed but the graph was written, 2 usage or configuration error; `run` adds 3 (failed, previous graph unchanged) and 75 (another run holds the lock). */
const USAGE_ERROR = 2;

function buildProgram(setExit: (code: number) => void): Command {
  const program = new Command('newsgraph')
    .description('Reads news articles in Norwegian Bokmål, Danish and English and writes one graph of people, places, organizations and statements.')
    .showHelpAfterError()
    .exitOverride()
    .configureOutput({ writeOut: (s) => process.stderr.write(s), writeErr: (s) => process.stderr.write(s) });

  program
    .command('run')
    .description('extract every .txt article under the input folder and write the graph (and its HTML view)')
    .option('--input <dir>', 'folder of articles, read recursively', 'corpus')
    .option('--out <file>', 'where to write the graph', 'output/graph.json')
    .option('--workers <n>', 'worker threads for extraction; 0 extracts in the main thread (default: the number of cores)')
    .option('--max-bytes <size>', 'largest article accepted: bytes, or with a unit such as 512k or 10M', '10M')
    .addOption(new Option('--log-format <format>', 'log lines on stderr: one JSON object per event, or a progress bar (default: pretty on a terminal, else json)').choices(['json', 'pretty']))
    .option('--cache <dir>', 'per-article extraction cache (default: cache/ next to the graph)')
    .option('--no-cache', 'extract every article again and keep no cache')
    .option('--lock-wait <seconds>', 'how long to wait for another run on the same output to finish', '0')
    .option('--no-view', 'do not write the HTML view next to the graph')
    .action(async (opts: { input: string; out: string; workers?: string; maxBytes: string; logFormat?: string; cache: string | boolean; lockWait: string; view: boolean }) => {
      const { runCommand } = await import('./run-command.js');
      const code = await runCommand(opts);
      setExit(code);
      // The view shows whatever graph was written: also after some articles failed (exit 1).
      if ((code === 0 || code === 1) && opts.view) {
        const out = opts.out.replace(/\.json$/u, '') + '.html';
        const { writeView, ViewTooLargeError } = await import('./view.js');
        try {
          const view = await writeView({ graph: opts.out, out });
          process.stderr.write(`newsgraph: view of ${view.nodes} nodes written to ${view.out}\n`);
        } catch (error) {
          if (error instanceof ViewTooLargeError) {
            process.stderr.write(`newsgraph: ${out} not updated: ${error.message} (--no-view skips it)\n`);
          } else {
            // The graph stands; a view that could not be written is reported like a failed article.
            process.stderr.write(`newsgraph: ${out}: the view could not be written: ${(error as Error).message}\n`);
            setExit(1);
          }
        }
      }
    });

  program
    .command('extract')
    .description("one article's extraction (language, entities with spans, statements) as JSON on stdout")
    .argument('<file>', 'the article (.txt)')
    .action(async (file: string) => {
      const { extractCommand } = await import('./extract-command.js');
      setExit(extractCommand(file));
    });

  program
    .command('ner')
    .description('tag the given tokens of NER sentences (JSONL: {id, text, tokens, entities}) with person, place and organization')
    .addOption(new Option('--lang <lang>', 'language of the sentences').choices(['nb', 'da', 'en']).makeOptionMandatory())
    .requiredOption('--in <file>', 'sentences in the shared NER JSONL format')
    .requiredOption('--out <file>', 'where to write the predictions (same format)')
    .action(async (opts: { lang: Lang; in: string; out: string }) => {
      const { runNerCommand } = await import('./ner-command.js');
      await runNerCommand({ lang: opts.lang, input: opts.in, output: opts.out });
    });

  program
    .command('view')
    .description('write a self-contained HTML view of a graph')
    .option('--graph <file>', 'the graph to show', 'output/graph.json')
    .option('--out <file>', 'where to write the HTML', 'output/graph.html')
    .action(async (opts: { graph: string; out: string }) => {
      const { writeView } = await import('./view.js');
      const view = await writeView(opts);
      process.stderr.write(`newsgraph: view of ${view.nodes} nodes written to ${view.out}\n`);
    });

  return program;
}

async function main(argv: string[]): Promise<number> {
  let exitCode = 0;
  const program = buildProgram((code) => {
    exitCode = code;
  });
  try {
    await program.parseAsync(argv);
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help exits 0; a missing command, an unknown option or a bad value is a usage error.
      return error.exitCode === 0 ? 0 : USAGE_ERROR;
    }
    process.stderr.write(`newsgraph: ${(error as Error).message}\n`);
    return 1;
  }
}

process.exitCode = await main(process.argv);
