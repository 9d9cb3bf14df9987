"""Aggregates the execution samples of a JFR recording: where the CPU time went, by method (self and
inclusive: a method counts once per sample it is anywhere on the stack) and by package (self).

    jfr print --json --stack-depth 256 --events jdk.ExecutionSample rec.jfr > samples.json
    python3 jfr-aggregate.py samples.json [--top 30] [--thread PREFIX] [--depth 64]

Inclusive figures need the whole stack: record with a deep stack, e.g.
-XX:FlightRecorderOptions:stackdepth=256 -XX:StartFlightRecording:settings=profile,filename=rec.jfr
"""
import collections
import json
import sys


def frames_of(event):
    stack = event['values'].get('stackTrace') or {}
    for frame in stack.get('frames', []):
        method = frame['method']
        cls = method['type']['name'].replace('/', '.')
        yield cls, f"{cls}.{method['name']}"


def package(cls):
    parts = cls.split('.')
    # Two or three levels are what tell the libraries apart (org.apache.pdfbox.pdmodel …).
    depth = 4 if parts[:2] in (['org', 'apache'], ['com', 'openhtmltopdf'], ['vn', 'vanthu']) else 3
    return '.'.join(parts[:min(depth, len(parts) - 1)])


def main(argv):
    path = argv[0]
    top = 30
    thread_prefix = None
    i = 1
    while i < len(argv):
        if argv[i] == '--top':
            top = int(argv[i + 1])
        elif argv[i] == '--thread':
            thread_prefix = argv[i + 1]
        i += 2
    with open(path) as f:
        events = json.load(f)['recording']['events']
    self_methods = collections.Counter()
    inclusive = collections.Counter()
    self_packages = collections.Counter()
    total = 0
    for event in events:
        thread = (event['values'].get('sampledThread') or {}).get('javaName') or ''
        if thread_prefix and not thread.startswith(thread_prefix):
            continue
        frames = list(frames_of(event))
        if not frames:
            continue
        total += 1
        self_methods[frames[0][1]] += 1
        self_packages[package(frames[0][0])] += 1
        for name in {name for _, name in frames}:
            inclusive[name] += 1
    print(f'{total} samples')

    def show(title, counter):
        print(f'\n{title}')
        for name, count in counter.most_common(top):
            print(f'{100.0 * count / total:6.1f} %  {count:6d}  {name}')

    show('self time by package', self_packages)
    show('self time by method', self_methods)
    show('inclusive time by method', inclusive)


if __name__ == '__main__':
    main(sys.argv[1:])
