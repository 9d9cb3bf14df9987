"""WeasyPrint's side of side-by-side.sh: renders the given HTML files to PDF/A-3b in-process, with
the same protocol as RenderHarness: warm up, time documents one by one, then count documents with
one worker process per core (forked once warm; Python runs one thread at a time). Prints
RESULT weasyprint <case> <key> <value>.

    python3 weasyprint-warm.py [--warmup S] [--docs N] [--seconds S] [--workers K] [--out DIR] FILE.html…
"""
import inspect
import multiprocessing
import os
import resource
import sys
import time

import weasyprint
from weasyprint.pdf import VARIANTS

VARIANT = 'pdf/a-3b' if 'pdf/a-3b' in VARIANTS else None


def result(name, key, value):
    text = f'{value:.2f}' if isinstance(value, float) else value
    print(f'RESULT weasyprint {name} {key} {text}', flush=True)


# The keyword is 'variant' up to WeasyPrint 58 and 'pdf_variant' from 59 on.
VARIANT_KEYWORD = ('variant' if 'variant' in inspect.signature(weasyprint.HTML.write_pdf).parameters
                   else 'pdf_variant')


def render(path):
    options = {VARIANT_KEYWORD: VARIANT} if VARIANT else {}
    return weasyprint.HTML(filename=path).write_pdf(**options)


def loop(path, seconds):
    end = time.perf_counter() + seconds
    done = 0
    cpu = time.process_time()
    while time.perf_counter() < end:
        render(path)
        done += 1
    return done, time.process_time() - cpu


def worker(args):
    return loop(*args)


def main(argv):
    opts = {'warmup': 8.0, 'docs': 100, 'seconds': 10.0, 'workers': os.cpu_count(), 'out': '.'}
    files = []
    i = 0
    while i < len(argv):
        if argv[i].startswith('--'):
            key = argv[i][2:]
            opts[key] = argv[i + 1] if key == 'out' else float(argv[i + 1])
            i += 2
        else:
            files.append(argv[i])
            i += 1
    workers = int(opts['workers'])
    result('setup', 'version', weasyprint.__version__)
    result('setup', 'pdf_variant', VARIANT or 'none')
    for path in files:
        name = os.path.basename(path).removesuffix('.html').removesuffix('.peer')
        t = time.perf_counter()
        pdf = render(path)
        result(name, 'first_render_ms', (time.perf_counter() - t) * 1000)
        result(name, 'pdf_bytes', len(pdf))
        with open(os.path.join(opts['out'], f'{name}.weasyprint.pdf'), 'wb') as f:
            f.write(pdf)
        loop(path, opts['warmup'])

        wall, cpu = [], []
        for _ in range(int(opts['docs'])):
            c = time.process_time()
            t = time.perf_counter()
            render(path)
            wall.append((time.perf_counter() - t) * 1000)
            cpu.append((time.process_time() - c) * 1000)
        wall.sort()
        cpu.sort()

        def pct(values, p):
            return values[max(0, min(len(values) - 1, -(-p * len(values) // 100) - 1))]

        result(name, 'latency_docs', len(wall))
        result(name, 'p50_ms', pct(wall, 50))
        result(name, 'p90_ms', pct(wall, 90))
        result(name, 'p99_ms', pct(wall, 99))
        result(name, 'min_ms', wall[0])
        result(name, 'mean_ms', sum(wall) / len(wall))
        result(name, 'cpu_p50_ms', pct(cpu, 50))

        # Forked from this warm process: the workers start warm, as threads of a JVM would.
        t = time.perf_counter()
        with multiprocessing.get_context('fork').Pool(workers) as pool:
            counts = pool.map(worker, [(path, opts['seconds'])] * workers)
        seconds = time.perf_counter() - t
        docs = sum(c[0] for c in counts)
        result(name, 'threads', workers)
        result(name, 'throughput_docs_per_s', docs / seconds)
        result(name, 'throughput_cpu_ms_per_doc', sum(c[1] for c in counts) * 1000 / docs)
        peak_kb = max(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
                      resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
        result(name, 'peak_rss_mb', peak_kb / 1024)


if __name__ == '__main__':
    main(sys.argv[1:])
