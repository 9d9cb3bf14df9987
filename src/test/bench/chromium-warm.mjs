// Chromium's side of side-by-side.sh: one warm headless browser (Debian's /usr/bin/chromium,
// driven by playwright-core over CDP) renders the given HTML files to PDF, with the same protocol
// as RenderHarness: warm up, time documents one by one, then count documents with one page per core.
// Prints RESULT chromium <case> <key> <value>.
//
//   node chromium-warm.mjs [--warmup S] [--docs N] [--seconds S] [--concurrency K]
//                          [--tagged 0|1] [--out DIR] FILE.html…
import { chromium } from 'playwright-core';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const opts = { warmup: 8, docs: 100, seconds: 10, concurrency: os.cpus().length, tagged: 1,
  out: '.', files: [] };
const argv = process.argv.slice(2);
for (let i = 0; i < argv.length; i++) {
  const a = argv[i];
  if (a.startsWith('--')) {
    const v = argv[++i];
    opts[a.slice(2)] = a === '--out' ? v : Number(v);
  } else {
    opts.files.push(a);
  }
}

const TICKS = 100; // USER_HZ on Linux
function result(name, key, value) {
  const text = typeof value === 'number' && !Number.isInteger(value) ? value.toFixed(2) : value;
  console.log(`RESULT chromium ${name} ${key} ${text}`);
}

/** The browser's processes: every descendant of this node process. */
function descendants() {
  const parent = new Map();
  for (const pid of fs.readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parent.set(Number(pid), Number(fields[1]));
    } catch { /* gone */ }
  }
  const tree = new Set([process.pid]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const [pid, ppid] of parent) {
      if (!tree.has(pid) && tree.has(ppid)) { tree.add(pid); grew = true; }
    }
  }
  tree.delete(process.pid);
  return [...tree];
}

/** CPU seconds (user + system) used so far by the browser's live processes. */
function browserCpuSeconds() {
  let ticks = 0;
  for (const pid of descendants()) {
    try {
      const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      ticks += Number(f[11]) + Number(f[12]); // utime, stime
    } catch { /* gone */ }
  }
  return ticks / TICKS;
}

/** Sum of the browser processes' peak resident sets, MB: an upper bound of its footprint. */
function browserPeakRssMb() {
  let kb = 0;
  for (const pid of descendants()) {
    try {
      const m = /VmHWM:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
      if (m) kb += Number(m[1]);
    } catch { /* gone */ }
  }
  return kb / 1024;
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--disable-quic'],
});
const context = await browser.newContext();

async function render(page, url) {
  await page.goto(url, { waitUntil: 'load' });
  await page.evaluate(() => document.fonts.ready);
  return page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: !!opts.tagged });
}

async function loop(pages, url, seconds) {
  let done = 0;
  const end = performance.now() + seconds * 1000;
  await Promise.all(pages.map(async (page) => {
    while (performance.now() < end) {
      await render(page, url);
      done++;
    }
  }));
  return done;
}

const pages = [];
for (let i = 0; i < opts.concurrency; i++) pages.push(await context.newPage());

for (const file of opts.files) {
  const name = path.basename(file).replace(/\.peer\.html$|\.html$/, '');
  const url = pathToFileURL(path.resolve(file)).href;
  let t = performance.now();
  const first = await render(pages[0], url);
  result(name, 'first_render_ms', performance.now() - t);
  result(name, 'pdf_bytes', first.length);
  fs.writeFileSync(path.join(opts.out, `${name}.chromium.pdf`), first);

  await loop(pages, url, opts.warmup);

  const ms = [];
  const cpu = browserCpuSeconds();
  for (let i = 0; i < opts.docs; i++) {
    t = performance.now();
    await render(pages[0], url);
    ms.push(performance.now() - t);
  }
  const cpuPerDoc = (browserCpuSeconds() - cpu) * 1000 / opts.docs;
  ms.sort((a, b) => a - b);
  const pct = (p) => ms[Math.max(0, Math.min(ms.length - 1, Math.ceil(p / 100 * ms.length) - 1))];
  result(name, 'latency_docs', opts.docs);
  result(name, 'p50_ms', pct(50));
  result(name, 'p90_ms', pct(90));
  result(name, 'p99_ms', pct(99));
  result(name, 'min_ms', ms[0]);
  result(name, 'mean_ms', ms.reduce((a, b) => a + b, 0) / ms.length);
  result(name, 'cpu_mean_ms', cpuPerDoc);

  const cpu2 = browserCpuSeconds();
  t = performance.now();
  const docs = await loop(pages, url, opts.seconds);
  const seconds = (performance.now() - t) / 1000;
  result(name, 'threads', opts.concurrency);
  result(name, 'throughput_docs_per_s', docs / seconds);
  result(name, 'throughput_cpu_ms_per_doc', (browserCpuSeconds() - cpu2) * 1000 / docs);
  result(name, 'peak_rss_mb', browserPeakRssMb());
}

await browser.close();
