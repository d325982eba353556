import os from 'node:os';

export interface Metric {
  name: string;
  value: number;
  unit: string;
  target: number;
  /** value ÷ target: at most 1 meets the target. */
  ratio: number;
  pass: boolean;
  /** false: reported for comparison, not counted in the run's pass (the note says why). */
  scored?: false;
  note?: string;
}

export function metric(name: string, value: number, unit: string, target: number, note?: string, options: { scored?: false } = {}): Metric {
  const round = (n: number) => Math.round(n * 100) / 100;
  return { name, value: round(value), unit, target, ratio: round(value / target), pass: value <= target, ...options, ...(note ? { note } : {}) };
}

/** A figure that could not be measured: reported as a failure with the reason. */
export function failed(name: string, unit: string, target: number, reason: string): Metric {
  return { name, value: Number.NaN, unit, target, ratio: Number.NaN, pass: false, note: `not measured: ${reason}` };
}

export function machine(extra: Record<string, string>) {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model ?? 'unknown',
    cores: cpus.length,
    memoryGb: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    loadAverage: os.loadavg().map((l) => Math.round(l * 100) / 100),
    ...extra,
  };
}

/** The short human table (stderr), one line per metric. */
export function table(metrics: Metric[]): string {
  const rows = metrics.map((m) => [m.scored === false ? (m.pass ? 'info' : 'INFO') : m.pass ? 'PASS' : 'FAIL', m.name, `${m.value} ${m.unit}`, `≤ ${m.target} ${m.unit}`, `${m.ratio}×`, (m.note ?? '').slice(0, 70)]);
  const widths = [4, 44, 14, 16, 8, 0].map((w, i) => Math.max(w, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ');
  return [line(['', 'metric', 'value', 'target', 'of target', 'note']), ...rows.map(line)].join('\n');
}
