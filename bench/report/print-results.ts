import type { BenchResults } from './bench-results';

type Cell = string | number | boolean | null;

/** An aligned text table: numbers to the right, text to the left. */
export function formatTable(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  const text = [header, ...rows].map((row) => row.map((cell) => (cell === null ? '–' : String(cell))));
  const widths = header.map((_, column) => Math.max(...text.map((row) => row[column]?.length ?? 0)));
  const numeric = header.map((_, column) =>
    rows.every((row) => typeof row[column] === 'number' || row[column] === null),
  );
  const line = (row: string[]) =>
    row
      .map((cell, column) => (numeric[column] ? cell.padStart(widths[column] ?? 0) : cell.padEnd(widths[column] ?? 0)))
      .join('  ')
      .trimEnd();
  const [head = [], ...body] = text;
  return [line(head), widths.map((width) => '-'.repeat(width)).join('  '), ...body.map(line)].join('\n');
}

/** The whole run as the tables printed at its end. */
export function formatResults(results: BenchResults): string {
  const m = results.machine;
  const sections = [
    `Machine: ${m.cpus} × ${m.cpuModel}, ${m.memoryGiB} GiB, ${m.os}; Node ${m.node}, Postgres ${m.postgres}, PGlite ${m.pglite}, Next ${m.next}; commit ${m.commit}${results.quick ? '; QUICK run' : ''}`,
    `Databases: demo ${results.databases.demo}; large ${results.databases.large} (${results.databases.largeRows.responses ?? '?'} responses, ${results.databases.largeRows.answers ?? '?'} answers)`,
    '',
    'Report reads: published cells against a raw aggregation over the answers they hold (median ms)',
    formatTable(
      ['size', 'scenario', 'published', 'raw', 'build', 'read ×', 'end-to-end ×', 'cells', 'identical'],
      (['demo', 'large'] as const).flatMap((size) =>
        results.reportQueries[size].map((r) => [
          size,
          r.scenario,
          r.storeReadMs,
          r.rawReadMs,
          r.buildMs,
          r.readSpeedup,
          r.endToEndSpeedup,
          r.cellsCompared,
          r.identical,
        ]),
      ),
    ),
    '',
    'Availability: team cells shown among those with at least k distinct respondents',
    formatTable(
      ['size', 'grain', 'shown', 'eligible', 'share %'],
      (['demo', 'large'] as const).flatMap((size) =>
        results.availability[size].map((a) => [size, a.kind, a.shown, a.eligible, Math.round(a.share * 1000) / 10]),
      ),
    ),
    '',
    'Server rendering, signed in (ms)',
    formatTable(
      ['page', 'TTFB median', 'TTFB p95', 'full median', 'full p95', 'bytes', 'samples'],
      results.ttfb.map((t) => [
        t.label,
        t.ttfbMedianMs,
        t.ttfbP95Ms,
        t.totalMedianMs,
        t.totalP95Ms,
        t.bytes,
        t.samples,
      ]),
    ),
    '',
    `Submissions to pulse ${results.submissions.pulseId} from ${results.submissions.employees} employees (CPU per 2xx submission)`,
    formatTable(
      [
        'phase',
        'conns',
        'rate',
        's',
        'requests',
        '2xx/s',
        'p50 ms',
        'p99 ms',
        'max ms',
        'non-2xx',
        'errors',
        'timeouts',
        'Next CPU ms',
        'PG CPU ms',
      ],
      results.submissions.phases.map((p) => [
        p.phase,
        p.connections,
        p.overallRate,
        p.durationSeconds,
        p.requests,
        p.throughputPerSecond,
        p.latencyP50Ms,
        p.latencyP99Ms,
        p.latencyMaxMs,
        p.non2xx,
        p.errors,
        p.timeouts,
        p.nextCpuMsPerSubmission,
        p.postgresCpuMsPerSubmission,
      ]),
    ),
    '',
    'Per request on the large server, one at a time, through the wire counter',
    formatTable(
      ['request', 'statements', 'round trips', 'DB wait ms', 'wall median ms'],
      results.profile.map((p) => [p.label, p.statements, p.roundTrips, p.dbWaitMs, p.wallMedianMs]),
    ),
    '',
    'Sign-in and sessions (median ms; "before" is the --before build on the same database)',
    formatTable(
      [
        'build',
        'Argon2id',
        'sign-in',
        'sign-in ÷ Argon2id',
        '/team alone',
        `/team under ${results.signIn.floodConnections} flooding`,
        'slowdown',
        'wrong sign-ins',
        'refused as busy',
      ],
      [results.signInBefore, results.signIn].flatMap((s, index) =>
        s
          ? [
              [
                index === 0 ? 'before' : 'this',
                s.argon2Ms,
                s.signInMs,
                s.signInVsArgon2,
                s.pageIdleMs,
                s.pageUnderFloodMs,
                s.floodSlowdown,
                s.floodAttempts,
                s.floodRefusedBusy,
              ],
            ]
          : [],
      ),
    ),
    `Viewer read with the session check ${results.sessionCheck.withCheckMs} ms, without it ${results.sessionCheck.withoutCheckMs} ms (${results.sessionCheck.ratio}×)`,
    '',
    'First-load JavaScript',
    formatTable(
      ['page', 'scripts', 'raw KiB', 'gzip KiB', 'prefetched later', 'later gzip KiB', 'largest (gzip KiB)'],
      results.pageWeight.map((w) => [
        w.path,
        w.scripts,
        w.rawKiB,
        w.gzipKiB,
        w.laterScripts,
        w.laterGzipKiB,
        w.largest.map((l) => `${l.script} ${l.gzipKiB}`).join(', '),
      ]),
    ),
    '',
    'PGlite (embedded, on disk) against Postgres at demo size (ms)',
    formatTable(
      ['what', 'Postgres', 'PGlite', 'PGlite ÷ Postgres'],
      [
        ['migrate', results.pgliteVsPostgres.migrate.postgresMs, results.pgliteVsPostgres.migrate.pgliteMs, null],
        [
          'demo seed',
          results.pgliteVsPostgres.seed.postgresMs,
          results.pgliteVsPostgres.seed.pgliteMs,
          results.pgliteVsPostgres.seed.ratio,
        ],
        ...results.pgliteVsPostgres.reports.map((r): Cell[] => [
          `published read: ${r.scenario}`,
          r.postgresMs,
          r.pgliteMs,
          r.ratio,
        ]),
      ],
    ),
    '',
    `Load average (1 min) at each step: ${results.loadAverages.map((l) => l.oneMinute).join(', ')}`,
    '',
    'Targets (issue #7)',
    formatTable(
      ['met', 'target', 'measured'],
      results.targets.map((t) => [t.met === null ? 'n/a' : t.met ? 'yes' : 'NO', t.target, t.measured]),
    ),
  ];
  return sections.join('\n');
}
